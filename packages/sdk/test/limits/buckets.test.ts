import { describe, expect, test } from "vitest";
import { limitKeys } from "../../src/limits/limiter.js";
import { MemoryLimitStore } from "../../src/limits/memory-store.js";
import type { BucketSpec, LimitScope } from "../../src/limits/types.js";
import { banScopeOf, banSeconds, banSubMsg, LIMIT_SUB_CODES } from "../../src/protocol/call-limit.js";

/** A store on a clock the test moves by hand. */
function fakeClockStore(start = 1_000_000) {
  let now = start;
  const store = new MemoryLimitStore({ clock: () => now });
  const advance = (ms: number): void => {
    now += ms;
  };
  return { store, advance };
}

const bucket = (key: string, perSecond: number, burst = 1): BucketSpec => ({ key, perSecond, burst });
const scope = (buckets: BucketSpec[], bans: string[] = ["ban:app"]): LimitScope => ({ apiMethod: "m", bans, buckets });

describe("token buckets (GCRA) on a fake clock", () => {
  test("a rate of 10/s spaces calls 100 ms apart: each call's wait is its turn", () => {
    const { store } = fakeClockStore();
    const s = scope([bucket("a", 10)]);
    const waits = Array.from({ length: 5 }, () => store.take(s, 10_000));
    expect(waits).toEqual([0, 100, 200, 300, 400].map((waitMs) => ({ kind: "go", waitMs })));
  });

  test("time passing gives the tokens back, but never more than the burst", () => {
    const { store, advance } = fakeClockStore();
    const s = scope([bucket("a", 10, 3)]);
    expect([1, 2, 3].map(() => store.take(s, 0).kind)).toEqual(["go", "go", "go"]);
    expect(store.take(s, 0)).toEqual({ kind: "too-long", waitMs: 100 });
    advance(10_000); // ten idle seconds refill only up to the burst of 3
    expect([1, 2, 3, 4].map(() => store.take(s, 0).kind)).toEqual(["go", "go", "go", "too-long"]);
    advance(100);
    expect(store.take(s, 0)).toEqual({ kind: "go", waitMs: 0 });
  });

  test("a call too far off takes nothing, so the next caller's turn is unchanged", () => {
    const { store } = fakeClockStore();
    const s = scope([bucket("a", 4)]);
    store.take(s, 1000); // 0
    store.take(s, 1000); // 250
    expect(store.take(s, 100)).toEqual({ kind: "too-long", waitMs: 500 });
    expect(store.take(s, 1000)).toEqual({ kind: "go", waitMs: 500 });
  });

  test("a call drawing from the app's and an API's bucket goes when both allow it", () => {
    const { store } = fakeClockStore();
    const app = bucket("app", 100);
    const slow = scope([app, bucket("api:slow", 5)]);
    const fast = scope([app]);
    expect(store.take(slow, 10_000).waitMs).toBe(0);
    expect(store.take(slow, 10_000).waitMs).toBe(200); // the API's 5/s decides
    // The app bucket was drawn at 0 and at 200 (its turn moved to 210): a bucket keeps one turn, so a
    // call of another API queues behind it rather than slipping into the idle gap; never over the rate.
    expect(store.take(fast, 10_000).waitMs).toBe(210);
    expect(store.take(fast, 10_000).waitMs).toBe(220);
  });

  test("long runs keep the rate exactly: 1,000 calls at 200/s take 4,995 ms", () => {
    const { store } = fakeClockStore();
    const s = scope([bucket("a", 200)]);
    let last = 0;
    for (let i = 0; i < 1000; i++) last = store.take(s, Number.POSITIVE_INFINITY).waitMs;
    expect(last).toBeCloseTo(4995, 6);
  });

  test("a ban stops every scope that lists it until it ends; it is lengthened, never shortened", () => {
    const { store, advance } = fakeClockStore();
    const s = scope([bucket("a", 1000)], ["ban:app", "ban:api:m"]);
    store.ban("ban:api:m", 3000);
    store.ban("ban:api:m", 1000);
    expect(store.take(s, 0)).toEqual({ kind: "banned", waitMs: 3000 });
    expect(store.take(scope([bucket("a", 1000)], ["ban:app", "ban:api:other"]), 0).kind).toBe("go");
    advance(2999);
    expect(store.take(s, 0)).toEqual({ kind: "banned", waitMs: 1 });
    advance(1);
    expect(store.take(s, 0).kind).toBe("go");
  });
});

describe("TOP's code-7 wording, shared by gateway and client", () => {
  test("the sub_msg the gateway writes is the one the client reads", () => {
    expect(banSubMsg(71)).toBe("This ban will last for 71 more seconds");
    expect(banSeconds(banSubMsg(71))).toBe(71);
  });

  test("an API sub-code bans that API; the app's, an unknown or no sub-code bans the whole app", () => {
    expect(banScopeOf(LIMIT_SUB_CODES.api)).toBe("api");
    expect(banScopeOf(LIMIT_SUB_CODES.app)).toBe("app");
    expect(banScopeOf("accesscontrol.something-new")).toBe("app");
    expect(banScopeOf(undefined)).toBe("app");
  });

  test("store keys hold a hash of the app key, never the key itself, all in one cluster slot", () => {
    const keys = limitKeys("topkit:limits", "23456789");
    const all = [keys.appRate, keys.appBan, keys.apiRate("taobao.a"), keys.apiBan("taobao.a")];
    for (const key of all) expect(key).not.toContain("23456789");
    const tags = new Set(all.map((k) => /\{([0-9a-f]{16})\}/.exec(k)?.[1]));
    expect(tags.size).toBe(1);
    expect(limitKeys("topkit:limits", "23456780").appRate).not.toBe(keys.appRate);
  });
});
