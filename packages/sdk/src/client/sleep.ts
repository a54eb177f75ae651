import { TopAbortError } from "../errors/index.js";

/** Waits `ms` before a retry; the caller's signal cuts the wait short with TopAbortError. */
export function sleep(ms: number, signal: AbortSignal | undefined, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new TopAbortError(`${what} aborted`, { cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new TopAbortError(`${what} aborted while waiting to retry`, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
