/** Progress on stderr for long runs; silent when stderr is not a terminal (CI logs, pipes). */
export function progress(label: string): (done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done !== total && now - last < 100) return;
    last = now;
    process.stderr.write(`\r${label} ${done}/${total}${done === total ? "\n" : ""}`);
  };
}
