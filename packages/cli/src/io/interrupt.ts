/**
 * Runs `work` with a signal that Ctrl-C (SIGINT) or SIGTERM aborts, so an interrupted call stops
 * cleanly (the SDK rejects with TopAbortError) instead of leaving a socket half-used.
 */
export async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = () => controller.abort(new Error("interrupted"));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    return await work(controller.signal);
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}
