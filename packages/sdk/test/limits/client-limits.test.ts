import { describe, expect, test } from "vitest";
import { DefaultTaobaoClient } from "../../src/client/index.js";
import { TopAbortError, TopLimitWaitError } from "../../src/errors/index.js";
import { CallLimiter } from "../../src/limits/limiter.js";
import { MemoryLimitStore } from "../../src/limits/memory-store.js";
import type { LimitScope } from "../../src/limits/types.js";
import { LIMIT_SUB_CODES } from "../../src/protocol/call-limit.js";
import { useGateway } from "../testing/support/gateway.js";
import { apiIr } from "../testing/support/irs.js";
import { APP_KEY, SECRET } from "../testing/support/raw-call.js";

const A = "topkit.limited.a";
const B = "topkit.limited.b";
const arrivals = (gw: ReturnType<typeof useGateway>, from: number) => gw.gateway.requests.slice(from).map((r) => r.at);

describe("DefaultTaobaoClient with limits (in-memory store)", () => {
  const gw = useGateway({ apis: [apiIr(A), apiIr(B)], keepRequests: 10_000 });

  test("the app's rate never lets a call leave before its turn: 10 concurrent calls at 50/s, one per 20 ms", async () => {
    // When each call leaves, seen by the client's hook. On a loaded machine a timer may fire late, so two calls
    // can leave close together; never early: the k-th call leaves 20 × k ms or more after the first asked.
    const sent: number[] = [];
    const client = gw.client({ limits: { appPerSecond: 50 }, hooks: { onRequest: () => void sent.push(Date.now()) } });
    const from = gw.gateway.requests.length;
    const asked = Date.now();
    await Promise.all(Array.from({ length: 10 }, () => client.call(A)));
    expect(gw.gateway.requests.length - from).toBe(10);
    expect(sent.sort((x, y) => x - y).map((t, k) => t - asked >= 20 * k - 1)).toEqual(Array(10).fill(true));
  });

  test("an API's own rate holds that API back, and not the others", async () => {
    const sent: { method: string; at: number }[] = [];
    const client = gw.client({
      limits: { perApi: { [A]: 5 } },
      hooks: { onRequest: (r) => void sent.push({ method: r.apiMethod, at: Date.now() }) },
    });
    const asked = Date.now();
    await Promise.all([client.call(A), client.call(A), client.call(B)]);
    expect(sent.map((s) => s.method)).toEqual([A, B, A]); // B did not queue behind A's second turn
    expect(sent[2]!.at - asked).toBeGreaterThanOrEqual(199);
  });

  test("a code-7 ban holds every later call of the app until it ends, then they go", async () => {
    const client = gw.client({ limits: {} });
    gw.gateway.inject({ kind: "ban", seconds: 1 }, { times: 1 });
    const from = gw.gateway.requests.length;
    const first = await client.call(A);
    expect(first).toMatchObject({ error_response: { code: 7 } });
    const bannedAt = gw.gateway.requests.at(-1)!.at;
    const later = await Promise.all([client.call(A), client.call(B), client.call(B)]);
    expect(later.every((r) => !("error_response" in r))).toBe(true);
    const at = arrivals(gw, from);
    expect(at).toHaveLength(4); // nothing was sent during the ban
    for (const t of at.slice(1)) expect(t - bannedAt).toBeGreaterThanOrEqual(990);
  });

  test("a caller whose deadline comes before the ban ends fails at once, naming the wait; nothing is sent", async () => {
    const client = gw.client({ limits: {} });
    gw.gateway.inject({ kind: "ban", seconds: 2 }, { times: 1 });
    await client.call(A);
    const sent = gw.gateway.requests.length;
    const started = performance.now();
    const error = await client.call(B, {}, undefined, { deadline: Date.now() + 300 }).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(100);
    expect(error).toBeInstanceOf(TopLimitWaitError);
    expect(error).toMatchObject({ reason: "ban", apiMethod: B });
    expect((error as TopLimitWaitError).waitMs).toBeGreaterThan(1500);
    expect((error as Error).message).toMatch(/would wait \d+ ms for the running code-7 ban .* may wait only \d+ ms/);
    expect(gw.gateway.requests.length).toBe(sent);
  });

  test("a turn further off than maxWaitMs fails with reason rate; an abort ends a wait with TopAbortError", async () => {
    const client = gw.client({ limits: { appPerSecond: 2, maxWaitMs: 200 } });
    await client.call(A);
    const sent = gw.gateway.requests.length;
    await expect(client.call(A)).rejects.toMatchObject({ name: "TopLimitWaitError", reason: "rate" });
    const patient = gw.client({ limits: { appPerSecond: 2 } });
    await patient.call(A);
    const abort = new AbortController();
    setTimeout(() => abort.abort(new Error("shutting down")), 50);
    const error = await patient.call(A, {}, undefined, { signal: abort.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TopAbortError);
    expect((error as Error).message).toMatch(/held back by limits/);
    expect(gw.gateway.requests.length).toBe(sent + 1);
  });

  test("limits that make no sense fail at construction, naming the option", () => {
    const make = (limits: object) => new DefaultTaobaoClient(gw.url, APP_KEY, SECRET, { limits });
    expect(() => make({ appPerSecond: -1 })).toThrow(/limits\.appPerSecond must be a positive number/);
    expect(() => make({ perApi: { [A]: "40" } })).toThrow(/limits\.perApi\["topkit\.limited\.a"\]/);
    expect(() => make({ burst: 0.5 })).toThrow(/limits\.burst must be a whole number/);
    expect(() => make({ maxWaitMs: Number.NaN })).toThrow(/limits\.maxWaitMs/);
  });
});

describe("CallLimiter: what a code-7 answer bans", () => {
  const limiter = (store: MemoryLimitStore) => new CallLimiter("app-1", { store, defaultBanMs: 700 });

  test("the API sub-code bans that API alone; the app's bans every API; no sub_msg bans for defaultBanMs", async () => {
    const store = new MemoryLimitStore();
    const l = limiter(store);
    await l.answered(A, { code: "7", subCode: LIMIT_SUB_CODES.api, subMsg: "This ban will last for 5 more seconds" });
    expect(store.take(l.scope(A), 0)).toMatchObject({ kind: "banned" });
    expect(store.take(l.scope(A), 0).waitMs).toBeGreaterThan(4900);
    expect(store.take(l.scope(B), 0).kind).toBe("go");
    await l.answered(B, { code: "7", subCode: LIMIT_SUB_CODES.app });
    const wait = store.take(l.scope(B), 0);
    expect(wait.kind).toBe("banned");
    expect(wait.waitMs).toBeLessThanOrEqual(700);
    await l.answered(B, { code: "15", subCode: "isp.x" });
    expect(store.take(l.scope("topkit.other"), 0).kind).toBe("banned");
  });
});

describe("CallLimiter: a call that reaches its turn late", () => {
  test("queues again instead of leaving in a bunch with the calls behind it, a few times at most", async () => {
    const inner = new MemoryLimitStore();
    let takes = 0;
    let slow = 2; // the first two answers of the store come 80 ms late, as from a starved process or slow Redis
    const store = {
      take: async (scope: LimitScope, maxWaitMs: number) => {
        takes++;
        if (slow-- > 0) await new Promise((resolve) => setTimeout(resolve, 80));
        return inner.take(scope, maxWaitMs);
      },
      ban: (key: string, ms: number) => inner.ban(key, ms),
    };
    const limiter = new CallLimiter("app-2", { appPerSecond: 1000, store });
    await limiter.acquire(A, undefined, undefined);
    expect(takes).toBe(3); // two late turns given up, the third on time

    slow = 10; // always late: it still goes, after three more tries
    takes = 0;
    await limiter.acquire(A, undefined, undefined);
    expect(takes).toBe(4);
  });
});
