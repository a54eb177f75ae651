import { reserve } from "./gcra.js";
import type { LimitDecision, LimitScope, LimitStore } from "./types.js";

const GO_NOW: LimitDecision = Object.freeze({ kind: "go", waitMs: 0 });

/**
 * Buckets and bans in this process's memory: for one process, and the fallback of the Redis store.
 * Synchronous, so a call that need not wait pays no extra turn of the event loop.
 */
export class MemoryLimitStore implements LimitStore {
  readonly #clock: () => number;
  readonly #tats = new Map<string, number>();
  readonly #bans = new Map<string, number>();
  readonly #scratch: (number | undefined)[] = [];

  /** `clock`: epoch ms, injectable for tests. Default `Date.now`. */
  constructor(options: { readonly clock?: () => number } = {}) {
    this.#clock = options.clock ?? Date.now;
  }

  take(scope: LimitScope, maxWaitMs: number): LimitDecision {
    const now = this.#clock();
    let banned = 0;
    for (const key of scope.bans) {
      const until = this.#bans.get(key);
      if (until === undefined) continue;
      if (until <= now) this.#bans.delete(key);
      else banned = Math.max(banned, until - now);
    }
    if (banned > 0) return { kind: "banned", waitMs: banned };
    const { buckets } = scope;
    if (buckets.length === 0) return GO_NOW;
    const tats = this.#scratch;
    tats.length = buckets.length;
    for (let i = 0; i < buckets.length; i++) tats[i] = this.#tats.get(buckets[i]!.key);
    const decision = reserve(buckets, tats, now, maxWaitMs);
    if (decision.kind === "go") for (let i = 0; i < buckets.length; i++) this.#tats.set(buckets[i]!.key, tats[i]!);
    return decision.kind === "go" && decision.waitMs <= 0 ? GO_NOW : decision;
  }

  ban(key: string, ms: number): void {
    const until = this.#clock() + ms;
    if ((this.#bans.get(key) ?? 0) < until) this.#bans.set(key, until);
  }
}
