import { Redis } from "ioredis";
import { TopLimitStoreError } from "../../errors/index.js";
import { MemoryLimitStore } from "../memory-store.js";
import type { LimitDecision, LimitScope, LimitStore } from "../types.js";
import { BAN_SCRIPT, scriptSha, TAKE_SCRIPT } from "./scripts.js";

export interface RedisLimitStoreOptions {
  /**
   * An ioredis client (yours: the store never closes it), or a `redis://` URL (the store opens its own
   * connection and `close()` ends it). Every process of one app must point at the same Redis.
   */
  readonly redis: Redis | string;
  /** Longest one Redis round trip may take before the store treats Redis as down. Default 250 ms. */
  readonly timeoutMs?: number;
  /**
   * While Redis is down: `"local"` (default) limits this process alone with an in-memory store (bans
   * already seen still hold), so calls go on at `localShare` of the rates; `"refuse"` fails every call
   * at once with `TopLimitStoreError`, so a fleet never goes over its limit but stops while Redis is out.
   */
  readonly whenDown?: "local" | "refuse";
  /** Share of each rate one process takes while Redis is down, e.g. 1/50 for fifty workers. Default 1. */
  readonly localShare?: number;
  /** After a failure, how long to stay on the fallback before trying Redis again. Default 1 000 ms. */
  readonly retryAfterMs?: number;
  /** Told each time Redis fails (the store carries on per `whenDown`); for logs and metrics. */
  readonly onError?: (error: Error) => void;
}

const TAKE = { script: TAKE_SCRIPT, sha: scriptSha(TAKE_SCRIPT) };
const BAN = { script: BAN_SCRIPT, sha: scriptSha(BAN_SCRIPT) };
const KINDS: readonly LimitDecision["kind"][] = ["go", "banned", "too-long"];

function positive(name: string, value: number | undefined, fallback: number, max = Number.POSITIVE_INFINITY): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > max) {
    throw new TypeError(
      `RedisLimitStore: ${name} must be a number above 0${max < Infinity ? ` and at most ${max}` : ""}, got ${String(value)}`,
    );
  }
  return value;
}

/**
 * Buckets and bans in Redis, shared by every process of an app: each `take` and `ban` is one Lua script,
 * run atomically by Redis, so two workers can never both spend the last token. Load it from
 * `@topkit/sdk/limits/redis` (it needs the `ioredis` package; the rest of the SDK never loads it).
 *
 * @example
 * ```ts
 * import { RedisLimitStore } from "@topkit/sdk/limits/redis";
 * const store = new RedisLimitStore({ redis: "redis://10.0.0.5:6379", localShare: 1 / 50 });
 * const client = new DefaultTaobaoClient(url, appKey, secret, { limits: { appPerSecond: 200, store } });
 * ```
 */
export class RedisLimitStore implements LimitStore {
  readonly #redis: Redis;
  readonly #owned: boolean;
  readonly #timeoutMs: number;
  readonly #refuse: boolean;
  readonly #share: number;
  readonly #retryAfterMs: number;
  readonly #onError: ((error: Error) => void) | undefined;
  readonly #local = new MemoryLimitStore();
  /** Redis is skipped until this time (epoch ms) after a failure. */
  #downUntil = 0;
  /** EVALSHA arguments per scope, made once: keys and bucket figures; slot 2 + keys gets maxWaitMs. */
  readonly #args = new WeakMap<LimitScope, (string | number)[]>();
  readonly #localScopes = new WeakMap<LimitScope, LimitScope>();

  constructor(options: RedisLimitStoreOptions) {
    const { redis } = options;
    if (typeof redis === "string") {
      // No reconnect-and-resend of old commands: a call waits for at most timeoutMs, then falls back.
      this.#redis = new Redis(redis, { maxRetriesPerRequest: 1, connectTimeout: 2000, lazyConnect: false });
      this.#redis.on("error", () => {}); // failures reach the caller through commands; no unhandled 'error' event
      this.#owned = true;
    } else if (redis && typeof (redis as Redis).evalsha === "function") {
      this.#redis = redis;
      this.#owned = false;
    } else {
      throw new TypeError("RedisLimitStore: redis must be an ioredis client or a redis:// URL");
    }
    this.#timeoutMs = positive("timeoutMs", options.timeoutMs, 250);
    const whenDown = options.whenDown ?? "local";
    if (whenDown !== "local" && whenDown !== "refuse") {
      throw new TypeError(`RedisLimitStore: whenDown must be "local" or "refuse", got ${String(whenDown)}`);
    }
    this.#refuse = whenDown === "refuse";
    this.#share = positive("localShare", options.localShare, 1, 1);
    this.#retryAfterMs = positive("retryAfterMs", options.retryAfterMs, 1000);
    this.#onError = options.onError;
  }

  async take(scope: LimitScope, maxWaitMs: number): Promise<LimitDecision> {
    if (Date.now() >= this.#downUntil) {
      try {
        const args = this.#argsOf(scope);
        args[2 + scope.bans.length + scope.buckets.length] = Math.max(0, maxWaitMs);
        const [kind, micros] = (await this.#run(TAKE, args)) as [number, number];
        return { kind: KINDS[kind]!, waitMs: micros / 1000 };
      } catch (error) {
        this.#failed(error);
      }
    }
    if (this.#refuse)
      throw new TopLimitStoreError(`the limit store (Redis) is unreachable; ${scope.apiMethod} not sent`);
    return this.#local.take(this.#localScope(scope), maxWaitMs);
  }

  async ban(key: string, ms: number): Promise<void> {
    // Kept locally too, so that the fallback honours a ban this process saw.
    this.#local.ban(key, ms);
    if (Date.now() < this.#downUntil) return;
    try {
      await this.#run(BAN, [BAN.sha, 1, key, Math.ceil(ms)]);
    } catch (error) {
      this.#failed(error);
    }
  }

  async close(): Promise<void> {
    if (this.#owned) await this.#redis.quit().catch(() => this.#redis.disconnect());
  }

  #failed(error: unknown): void {
    this.#downUntil = Date.now() + this.#retryAfterMs;
    this.#onError?.(error instanceof Error ? error : new Error(String(error)));
  }

  /** EVALSHA (EVAL once the script is not cached yet), bounded by timeoutMs. */
  #run(script: typeof TAKE, args: (string | number)[]): Promise<unknown> {
    const redis = this.#redis;
    const call = redis.evalsha(...(args as [string, number])).catch((error: Error) => {
      if (!String(error?.message).startsWith("NOSCRIPT")) throw error;
      return redis.eval(script.script, ...(args.slice(1) as [number]));
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
    });
    return Promise.race([call, late]).finally(() => clearTimeout(timer));
  }

  #argsOf(scope: LimitScope): (string | number)[] {
    let args = this.#args.get(scope);
    if (!args) {
      const keys = [...scope.bans, ...scope.buckets.map((b) => b.key)];
      const figures = scope.buckets.flatMap((b) => [1000 / b.perSecond, ((b.burst - 1) * 1000) / b.perSecond]);
      args = [TAKE.sha, keys.length, ...keys, 0, scope.bans.length, ...figures];
      this.#args.set(scope, args);
    }
    return args;
  }

  /** The scope with each rate cut to this process's share, for the fallback. */
  #localScope(scope: LimitScope): LimitScope {
    let local = this.#localScopes.get(scope);
    if (!local) {
      const buckets = scope.buckets.map((b) => ({ ...b, perSecond: b.perSecond * this.#share }));
      local = { ...scope, buckets };
      this.#localScopes.set(scope, local);
    }
    return local;
  }
}
