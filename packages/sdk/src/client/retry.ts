import type { TopApiErrorFields } from "../errors/index.js";
import { TopConnectionError, TopTimeoutError } from "../errors/index.js";
import { banSeconds, CALL_LIMITED_CODE } from "../protocol/call-limit.js";
import type { ResolvedOptions } from "./resolve-options.js";

export { banSeconds };

type RetryPolicy = Pick<ResolvedOptions, "baseDelayMs" | "maxDelayMs" | "maxBanWaitMs">;

/** Codes of failures where nothing reached TOP, so sending again cannot do anything twice. */
const NOTHING_SENT = new Set(["ECONNREFUSED", "UND_ERR_CONNECT_TIMEOUT", "EAI_AGAIN"]);

/**
 * True when a transport failure left TOP untouched: the connection was refused, never came up, or was
 * closed before a byte of the request was written. The total deadline or a reset after sending is not
 * safe: TOP may have acted on the call (a write API would run twice).
 */
export function isSafeToResend(error: unknown): boolean {
  if (!(error instanceof TopConnectionError || error instanceof TopTimeoutError)) return false;
  const cause = error.cause as { code?: string; socket?: { bytesWritten?: number } } | undefined;
  if (!cause?.code) return false;
  if (NOTHING_SENT.has(cause.code)) return true;
  return (cause.code === "UND_ERR_SOCKET" || cause.code === "ECONNRESET") && cause.socket?.bytesWritten === 0;
}

/** Exponential backoff with jitter: somewhere in [½, 1] × min(max, base × 2^retry). */
export function backoffMs(retry: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/**
 * How long to wait before retrying an `error_response`, or undefined to return it at once. Retried:
 * `isp.*` sub-codes (TOP's own side failed), code 10 (service unavailable), and code 7 (call limit)
 * once its ban is over, when the ban is no longer than `maxBanWaitMs`. Everything else is final.
 */
export function apiRetryDelayMs(error: TopApiErrorFields, retry: number, policy: RetryPolicy): number | undefined {
  if (error.code === String(CALL_LIMITED_CODE)) {
    const seconds = banSeconds(error.subMsg);
    if (seconds === undefined || seconds * 1000 > policy.maxBanWaitMs) return undefined;
    return seconds * 1000 + Math.round(Math.random() * Math.min(policy.baseDelayMs, 1000));
  }
  if (error.code === "10" || error.subCode?.startsWith("isp.")) return backoffMs(retry, policy);
  return undefined;
}
