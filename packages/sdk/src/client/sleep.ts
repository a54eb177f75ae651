import { TopAbortError } from "../errors/index.js";

/**
 * Waits `ms` (before a retry, or while the limiter holds a call back); the caller's signal cuts the wait
 * short with TopAbortError.
 */
export function sleep(
  ms: number,
  signal: AbortSignal | undefined,
  what: string,
  during = "waiting to retry",
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new TopAbortError(`${what} aborted`, { cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new TopAbortError(`${what} aborted while ${during}`, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
