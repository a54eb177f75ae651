import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { TopLimitStoreError } from "../../src/errors/index.js";
import { limitKeys } from "../../src/limits/limiter.js";
import { RedisLimitStore } from "../../src/limits/redis/index.js";
import type { LimitScope } from "../../src/limits/types.js";
import { freePort } from "../client/support/free-port.js";
import { useGateway } from "../testing/support/gateway.js";
import { apiIr } from "../testing/support/irs.js";
import { type RedisServer, redisMissing, startRedis } from "./support/redis-server.js";

const A = "topkit.redis.a";
let appNo = 0;
/** A scope of a fresh app (its own keys), drawing from one bucket of `perSecond`. */
function freshScope(perSecond: number, burst = 1): LimitScope {
  const keys = limitKeys("test", `app-${process.pid}-${++appNo}`);
  return { apiMethod: A, bans: [keys.appBan], buckets: [{ key: keys.appRate, perSecond, burst }] };
}

describe.skipIf(redisMissing())("RedisLimitStore on a real redis-server", () => {
  let server: RedisServer;
  const stores: RedisLimitStore[] = [];
  const store = (o: Partial<ConstructorParameters<typeof RedisLimitStore>[0]> = {}) => {
    const s = new RedisLimitStore({ redis: server.url, ...o });
    stores.push(s);
    return s;
  };
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await server?.stop();
  });

  test("two workers racing for tokens never both spend the last one: 200 takes at once, 100/s, 95 ms allowed", async () => {
    const [one, two] = [store(), store()];
    const scope = freshScope(100);
    const started = performance.now();
    const decisions = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? one : two).take(scope, 95)));
    const elapsed = performance.now() - started;
    const went = decisions.filter((d) => d.kind === "go");
    // 100/s with 95 ms of patience: the turns at 0, 10, …, 90 ms, and one more per 10 ms the 200 scripts took
    // (Redis's clock moves on while they run). Spending a token twice would let far more through.
    expect(went.length).toBeGreaterThanOrEqual(10);
    expect(went.length).toBeLessThanOrEqual(11 + Math.ceil(elapsed / 10));
    expect(decisions.filter((d) => d.kind === "too-long")).toHaveLength(200 - went.length);
  });

  test("a ban set by one process stops another's next take; it is lengthened, never shortened", async () => {
    const [one, two] = [store(), store()];
    const scope = freshScope(1000);
    await one.ban(scope.bans[0]!, 800);
    await two.ban(scope.bans[0]!, 100);
    const d = await two.take(scope, 10_000);
    expect(d.kind).toBe("banned");
    expect(d.waitMs).toBeGreaterThan(700);
    expect(d.waitMs).toBeLessThanOrEqual(800);
  });

  test("a flushed script cache (Redis restarted, failover) is refilled on the fly", async () => {
    const s = store();
    const admin = new Redis(server.url);
    await s.take(freshScope(10), 0);
    await admin.script("FLUSH");
    await admin.quit();
    await expect(s.take(freshScope(10), 0)).resolves.toEqual({ kind: "go", waitMs: 0 });
  });

  test("keys carry the hashed app key and expire once their bucket is full again", async () => {
    const admin = new Redis(server.url);
    const scope = freshScope(2);
    await store().take(scope, 0);
    const ttl = await admin.pttl(scope.buckets[0]!.key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(501);
    const keys = await admin.keys("*");
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => k.includes(`app-${process.pid}`))).toEqual([]); // only hashes of app keys
    await admin.quit();
  });
});

describe.skipIf(redisMissing())("Redis going away", () => {
  const gw = useGateway({ apis: [apiIr(A)], keepRequests: 10_000 });

  test("killed mid-run: calls go on under the local limiter (fail open), none hangs past its deadline, nothing crashes", async () => {
    const server = await startRedis();
    const errors: Error[] = [];
    const store = new RedisLimitStore({
      redis: server.url,
      timeoutMs: 100,
      retryAfterMs: 300,
      localShare: 0.5,
      onError: (e) => errors.push(e),
    });
    const client = gw.client({ limits: { appPerSecond: 40, store } });
    const from = gw.gateway.requests.length;
    const durations: number[] = [];
    const outcomes: string[] = [];
    const started = Date.now();
    const lane = async () => {
      while (Date.now() - started < 2000) {
        const t0 = Date.now();
        const outcome = await client
          .call(A, {}, undefined, { deadline: t0 + 400 })
          .then((r) => ("error_response" in r ? "error" : "ok"))
          .catch((e: Error) => e.name);
        durations.push(Date.now() - t0);
        outcomes.push(outcome);
      }
    };
    setTimeout(() => void server.kill(), 700);
    await Promise.all([lane(), lane(), lane(), lane()]);
    await store.close();

    expect(errors.length).toBeGreaterThan(0); // Redis did fail, and the store said so
    // The deadline (400 ms) bounds the wait for a turn, timeoutMs (100) the Redis round trip; the rest is the
    // HTTP call itself, a few ms (more on a loaded machine). A call stuck on the dead Redis would take seconds.
    expect(Math.max(...durations)).toBeLessThan(1000);
    expect(outcomes.filter((o) => o !== "ok" && o !== "TopLimitWaitError")).toEqual([]);
    const at = gw.gateway.requests.slice(from).map((r) => r.at - started);
    const afterKill = at.filter((t) => t > 1000);
    // Calls went on after Redis died, at the local share: 40/s × 0.5 = 20/s over the last second or so.
    expect(afterKill.length).toBeGreaterThan(10);
    expect(afterKill.length).toBeLessThanOrEqual(26);
  });

  test('whenDown "refuse": with Redis unreachable every call fails at once with TopLimitStoreError, nothing sent', async () => {
    const port = await freePort(); // nothing listens there
    const store = new RedisLimitStore({ redis: `redis://127.0.0.1:${port}`, timeoutMs: 100, whenDown: "refuse" });
    const client = gw.client({ limits: { appPerSecond: 40, store } });
    const sent = gw.gateway.requests.length;
    const t0 = Date.now();
    const error = await client.call(A).catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(400);
    expect(error).toBeInstanceOf(TopLimitStoreError);
    expect((error as Error).message).toMatch(/limit store \(Redis\) is unreachable/);
    expect(gw.gateway.requests.length).toBe(sent);
    await store.close();
  });
});
