/** One token bucket a call draws from: `perSecond` calls a second, up to `burst` of them back to back. */
export interface BucketSpec {
  /** Store key (namespaced per app, see `limitKeys`). */
  readonly key: string;
  readonly perSecond: number;
  readonly burst: number;
}

/** What one call of one API draws from and is stopped by. */
export interface LimitScope {
  readonly apiMethod: string;
  /** Keys of the bans that stop this call: the app's, then the API's. */
  readonly bans: readonly string[];
  readonly buckets: readonly BucketSpec[];
}

/**
 * The store's answer to `take`:
 * - `go`: one token was taken from every bucket; send after `waitMs` (0: now);
 * - `banned`: a ban runs for `waitMs` more; nothing was taken (ask again once it ends);
 * - `too-long`: the call would have to wait `waitMs`, more than it may; nothing was taken.
 */
export interface LimitDecision {
  readonly kind: "go" | "banned" | "too-long";
  readonly waitMs: number;
}

/**
 * Where buckets and bans live: one process (`MemoryLimitStore`) or a fleet (`RedisLimitStore` from
 * `@topkit/sdk/limits/redis`). Both operations must be atomic: two callers can never both spend the
 * last token, and a ban is seen by every `take` that starts after `ban` resolved.
 */
export interface LimitStore {
  /** Takes a token from each of the scope's buckets, unless a ban runs or the wait would exceed `maxWaitMs`. */
  take(scope: LimitScope, maxWaitMs: number): LimitDecision | Promise<LimitDecision>;
  /** Starts (or lengthens, never shortens) the ban at `key` for `ms` from now. */
  ban(key: string, ms: number): void | Promise<void>;
  /** Releases what the store holds (a Redis connection it opened itself). */
  close?(): Promise<void>;
}

/** The `limits` option of `DefaultTaobaoClient`: off unless given. */
export interface LimitsOptions {
  /** Calls per second for the whole app (all APIs together). Unset: no app-wide rate. */
  readonly appPerSecond?: number;
  /** Calls per second per API method, e.g. `{ "taobao.trades.sold.get": 40 }`. */
  readonly perApi?: Readonly<Record<string, number>>;
  /**
   * Calls that may go back to back before the rate spaces them out. Default 1: calls are spread
   * evenly, which keeps clear of a limit counted over any one-second window.
   */
  readonly burst?: number;
  /** Where the buckets and bans live. Default: a `MemoryLimitStore` of this client alone. */
  readonly store?: LimitStore;
  /**
   * Longest a call waits for its turn or for a ban to end, when it has no earlier `deadline`; a longer
   * wait fails at once with `TopLimitWaitError`. Default 60 000 ms.
   */
  readonly maxWaitMs?: number;
  /** Ban length when a code-7 answer names none, ms. Default 1 000. */
  readonly defaultBanMs?: number;
  /** Store key prefix; the app key is hashed into each key, never written as is. Default `topkit:limits`. */
  readonly keyPrefix?: string;
}
