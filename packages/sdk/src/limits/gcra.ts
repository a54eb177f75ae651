import type { BucketSpec, LimitDecision } from "./types.js";

/**
 * Token buckets kept as one number each, the "theoretical arrival time" (TAT) of the generic cell rate
 * algorithm: a bucket of `perSecond` with `burst` accepts a call at `t` when `tat - t <= (burst - 1) × interval`,
 * and the call moves the TAT to `max(tat, t) + interval`. A call drawing from several buckets goes at the
 * earliest time all of them accept it, and then draws from all at that time. The Redis store's Lua script
 * (`redis/scripts.ts`) is this same arithmetic, on Redis's clock; the memory store is tested on a fake clock
 * (`test/limits/buckets.test.ts`), the script against a real redis-server (`test/limits/redis-store.test.ts`).
 */
export function intervalMs(spec: BucketSpec): number {
  return 1000 / spec.perSecond;
}

/** Slack of a bucket: how far ahead of `now` its TAT may run, ms. */
export function toleranceMs(spec: BucketSpec): number {
  return (spec.burst - 1) * intervalMs(spec);
}

/**
 * Reserves one call's turn in every bucket (`tats`, updated in place), or nothing when the turn is more
 * than `maxWaitMs` away. A missing TAT is a full bucket.
 */
export function reserve(
  specs: readonly BucketSpec[],
  tats: (number | undefined)[],
  now: number,
  maxWaitMs: number,
): LimitDecision {
  let start = now;
  for (let i = 0; i < specs.length; i++) {
    const tat = tats[i];
    if (tat !== undefined) start = Math.max(start, tat - toleranceMs(specs[i]!));
  }
  const waitMs = start - now;
  if (waitMs > maxWaitMs) return { kind: "too-long", waitMs };
  for (let i = 0; i < specs.length; i++) tats[i] = Math.max(tats[i] ?? start, start) + intervalMs(specs[i]!);
  return { kind: "go", waitMs };
}
