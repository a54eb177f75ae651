import { TopError } from "./top-error.js";

/** Why the limiter held a call back: a running code-7 ban, or the call rate set in `limits`. */
export type LimitReason = "ban" | "rate";

/**
 * The limiter would have to hold the call back longer than it may wait: past the call's `deadline`,
 * or past `limits.maxWaitMs`. Nothing was sent; `waitMs` says how long the wait would have been, so
 * the caller can retry later or give the call a later deadline.
 */
export class TopLimitWaitError extends TopError {
  override name = "TopLimitWaitError";
  constructor(
    readonly apiMethod: string,
    readonly reason: LimitReason,
    /** How long the call would have waited, ms. */
    readonly waitMs: number,
    /** How long it was allowed to wait, ms. */
    readonly allowedMs: number,
  ) {
    const why =
      reason === "ban" ? "for the running code-7 ban (App Call Limited) to end" : "for its turn under `limits`";
    super(
      `call to ${apiMethod} would wait ${Math.ceil(waitMs)} ms ${why}, but may wait only ${Math.max(0, Math.floor(allowedMs))} ms` +
        " (its deadline or limits.maxWaitMs); nothing was sent: retry later or allow a longer wait",
    );
  }
}

/**
 * The shared limit store (Redis) could not be reached and the store is set to refuse calls then
 * (`whenDown: "refuse"`). Nothing was sent; `cause` holds the store's error.
 */
export class TopLimitStoreError extends TopError {
  override name = "TopLimitStoreError";
}
