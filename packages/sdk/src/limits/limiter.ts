import { createHash } from "node:crypto";
import { sleep } from "../client/sleep.js";
import { TopLimitWaitError } from "../errors/index.js";
import { banScopeOf, banSeconds, CALL_LIMITED_CODE } from "../protocol/call-limit.js";
import { MemoryLimitStore } from "./memory-store.js";
import type { BucketSpec, LimitScope, LimitStore, LimitsOptions } from "./types.js";

const HELD = "held back by limits";
/** How late past its turn a call may still leave (ms), and how often a later one queues again. */
const LATE_MS = 50;
const MAX_REQUEUES = 3;

/** A code-7 answer's fields, as the client reads them. */
interface LimitedAnswer {
  readonly code: string;
  readonly subCode?: string | undefined;
  readonly subMsg?: string | undefined;
}

/** A rate option: a positive finite number, or a TypeError naming it. */
function rate(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(
      `DefaultTaobaoClient: limits.${name} must be a positive number of calls per second, got ${String(value)}`,
    );
  }
  return value;
}

function millis(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new TypeError(
      `DefaultTaobaoClient: limits.${name} must be a non-negative number of milliseconds, got ${String(value)}`,
    );
  }
  return value;
}

/**
 * Store keys of one app: `<prefix>:{<hash>}:<kind>:<what>`. The app key appears only as the first 16 hex
 * digits of its SHA-256 (keys show in Redis's MONITOR and dumps), and the braces make every key of one
 * app hash to one Redis Cluster slot, so one script can touch them all.
 */
export function limitKeys(prefix: string, appKey: string) {
  const base = `${prefix}:{${createHash("sha256").update(appKey).digest("hex").slice(0, 16)}}`;
  return {
    appRate: `${base}:rate:app`,
    apiRate: (method: string) => `${base}:rate:api:${method}`,
    appBan: `${base}:ban:app`,
    apiBan: (method: string) => `${base}:ban:api:${method}`,
  };
}

/** The client's call limiter: token buckets per app and per API, and the code-7 ban gate, in one store. */
export class CallLimiter {
  readonly store: LimitStore;
  readonly #maxWaitMs: number;
  readonly #defaultBanMs: number;
  readonly #keys: ReturnType<typeof limitKeys>;
  readonly #app: BucketSpec | undefined;
  readonly #perApi: ReadonlyMap<string, number>;
  readonly #burst: number;
  readonly #scopes = new Map<string, LimitScope>();

  constructor(appKey: string, o: LimitsOptions) {
    const burst = o.burst ?? 1;
    if (!Number.isInteger(burst) || burst < 1) {
      throw new TypeError(`DefaultTaobaoClient: limits.burst must be a whole number, 1 or more, got ${String(burst)}`);
    }
    this.#burst = burst;
    this.#keys = limitKeys(o.keyPrefix ?? "topkit:limits", appKey);
    this.#app =
      o.appPerSecond === undefined
        ? undefined
        : { key: this.#keys.appRate, perSecond: rate("appPerSecond", o.appPerSecond), burst };
    this.#perApi = new Map(Object.entries(o.perApi ?? {}).map(([m, r]) => [m, rate(`perApi["${m}"]`, r)]));
    this.#maxWaitMs = millis("maxWaitMs", o.maxWaitMs, 60_000);
    this.#defaultBanMs = millis("defaultBanMs", o.defaultBanMs, 1000);
    this.store = o.store ?? new MemoryLimitStore();
  }

  /** What calls of `apiMethod` draw from; made once per API. */
  scope(apiMethod: string): LimitScope {
    let scope = this.#scopes.get(apiMethod);
    if (!scope) {
      const perSecond = this.#perApi.get(apiMethod);
      const buckets: BucketSpec[] = this.#app ? [this.#app] : [];
      if (perSecond !== undefined) buckets.push({ key: this.#keys.apiRate(apiMethod), perSecond, burst: this.#burst });
      scope = { apiMethod, bans: [this.#keys.appBan, this.#keys.apiBan(apiMethod)], buckets };
      this.#scopes.set(apiMethod, scope);
    }
    return scope;
  }

  /**
   * Resolves when the call may be sent: no ban runs over it and its turn in every bucket has come.
   * Rejects with `TopLimitWaitError` (nothing taken) when that is further off than `deadline` (epoch ms)
   * or `maxWaitMs` allow, and with `TopAbortError` when `signal` fires while waiting.
   */
  async acquire(apiMethod: string, signal: AbortSignal | undefined, deadline: number | undefined): Promise<void> {
    const scope = this.scope(apiMethod);
    for (let late = 0; ; ) {
      const asked = Date.now();
      const allowed = deadline === undefined ? this.#maxWaitMs : Math.min(this.#maxWaitMs, deadline - asked);
      const taken = this.store.take(scope, allowed);
      const d = taken instanceof Promise ? await taken : taken;
      if (d.kind === "go") {
        if (d.waitMs > 0) await sleep(d.waitMs, signal, `call to ${apiMethod}`, HELD);
        // Its turn came at `asked + waitMs` at the latest. A call that leaves much later than that (its process
        // was held up: a GC pause, a starved CPU, a slow store) would leave in a bunch with the calls whose turns
        // came after it, and a bunch is what TOP's per-second count punishes: it gives the turn up and queues
        // again (the turn is spent; a few times at most, then it goes).
        const onTime = Date.now() - (asked + d.waitMs) <= LATE_MS;
        // A turn reserved further ahead than LATE_MS may have been overtaken by a ban (another call's or another
        // worker's code 7) while it waited: a fleet at its rate queues turns hundreds of ms ahead. Ask the store
        // about the bans only (nothing is taken); if one runs, the turn is given up and the call waits it out.
        if (d.waitMs > LATE_MS) {
          const bans = this.store.take({ apiMethod, bans: scope.bans, buckets: [] }, allowed);
          if ((bans instanceof Promise ? await bans : bans).kind !== "go") continue;
        }
        if (onTime || ++late > MAX_REQUEUES) return;
        continue;
      }
      if (d.kind === "too-long" || d.waitMs > allowed) {
        throw new TopLimitWaitError(apiMethod, d.kind === "banned" ? "ban" : "rate", d.waitMs, allowed);
      }
      // A ban: wait it out, then queue for a token like any other call.
      await sleep(d.waitMs, signal, `call to ${apiMethod}`, HELD);
    }
  }

  /** After an answer: a code-7 answer bans its scope (the app, or the one API) for every caller of the store. */
  async answered(apiMethod: string, error: LimitedAnswer | undefined): Promise<void> {
    if (error?.code !== String(CALL_LIMITED_CODE)) return;
    const seconds = banSeconds(error.subMsg);
    const ms = seconds === undefined ? this.#defaultBanMs : seconds * 1000;
    const key = banScopeOf(error.subCode) === "api" ? this.#keys.apiBan(apiMethod) : this.#keys.appBan;
    await this.store.ban(key, ms);
  }
}
