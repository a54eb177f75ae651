/** How hard to try one URL: bounded attempts, exponential backoff with jitter, and the server's Retry-After. */
export interface RetryPolicy {
  /** Attempts after the first one. */
  retries: number;
  /** Delay before the first retry; doubles each time (with jitter), capped at `maxDelayMs`. */
  retryDelayMs: number;
  maxDelayMs: number;
}

/** Statuses worth asking again: rate limited, or the server's own trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** `Retry-After` as milliseconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The wait before retry number `attempt` (0-based): backoff with jitter, never less than the server asked. */
export function retryDelay(policy: RetryPolicy, attempt: number, serverAsked?: number, random = Math.random): number {
  const backoff = policy.retryDelayMs * 2 ** attempt * (0.5 + random() / 2);
  return Math.min(policy.maxDelayMs, Math.max(backoff, serverAsked ?? 0));
}
