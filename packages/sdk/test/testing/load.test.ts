import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "vitest";

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL("./load/load-child.mjs", import.meta.url));
const MB = 1024 * 1024;

// In a child process: `--expose-gc` for exact heap figures, and the built package as users load it.
test("10,000 seed calls at concurrency 64 against the gateway: no errors, no heap growth", {
  timeout: 180_000,
}, async () => {
  const { stdout } = await run(process.execPath, ["--expose-gc", CHILD, "10000", "64"], { maxBuffer: 1 << 20 });
  const r = JSON.parse(stdout.trim().split("\n").at(-1)!) as {
    calls: number;
    errors: number;
    firstErrors: string[];
    heapFirst: number;
    heapSecond: number;
    seconds: number;
  };
  const mb = (n: number) => `${(n / MB).toFixed(2)} MB`;
  console.log(
    `load: ${r.calls} calls at concurrency 64 in ${r.seconds.toFixed(1)} s, ${r.errors} errors; heapUsed after GC: ` +
      `${mb(r.heapFirst)} after the first 5,000, ${mb(r.heapSecond)} after the second (${mb(r.heapSecond - r.heapFirst)})`,
  );
  expect(r.firstErrors).toEqual([]);
  expect(r.errors).toBe(0);
  expect(r.calls).toBe(10_000);
  expect(Math.abs(r.heapSecond - r.heapFirst)).toBeLessThan(10 * MB);
});
