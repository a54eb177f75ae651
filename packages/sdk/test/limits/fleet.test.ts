import { loadavg } from "node:os";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createLocalGateway, type GatewayRequest, type LocalGateway } from "../../src/testing/index.js";
import { APP_KEY, SECRET } from "../testing/support/raw-call.js";
import { bundle, startFleet, total, type WorkerConfig } from "./support/fleet.js";
import { type RedisServer, redisMissing, startRedis } from "./support/redis-server.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const LIMIT = 200;
const WORKERS = 4;
const CONCURRENCY = 16;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The proof: four worker processes × 16 calls in flight, one app, against a gateway that allows
 * 200 calls in any one second and bans for a second when exceeded.
 */
describe.skipIf(redisMissing())("a fleet of 4 processes sharing one Redis limiter", () => {
  let redis: RedisServer;
  let gateway: LocalGateway;
  let workerFile: string;
  let config: WorkerConfig;
  beforeAll(async () => {
    [redis, workerFile] = await Promise.all([
      startRedis(),
      bundle("test/limits/support/fleet-worker.ts", "fleet-worker"),
    ]);
    gateway = await createLocalGateway({
      appKey: APP_KEY,
      appSecret: SECRET,
      keepRequests: 100_000,
      limits: { appPerSecond: LIMIT, banSeconds: 1 },
    });
    config = {
      url: gateway.url,
      appKey: APP_KEY,
      secret: SECRET,
      method: SEED,
      params: { req: { type: 1, data: "[]" } },
      session: "session-1",
      concurrency: CONCURRENCY,
      store: "redis",
      redisUrl: redis.url,
      // 20 % under the gateway's limit: room for the jitter between a worker's turn and its arrival. The gateway
      // counts a strict one-second window in one event loop, and inside CI (turbo runs several suites on 2
      // cores) its stalls bunched arrivals past 200 in a second at 95 % (8 code 7s at load 8.3). The throughput
      // against the limit is the benchmark's figure (`pnpm bench:limits`, at 97.5 %), not this test's.
      limits: { appPerSecond: LIMIT * 0.8 },
      localShare: 1 / WORKERS,
      // Redis answers in a millisecond here, but a machine shared by many jobs can hold a process back for
      // 250 ms (the default): a worker on its fallback neither shares the bucket nor sees the fleet's ban, and
      // that failure mode has its own test (redis-store.test.ts). Here the fleet stays on Redis.
      redisTimeoutMs: 2000,
    };
  }, 30_000);
  afterAll(async () => {
    await gateway?.close();
    await redis?.stop();
  });

  const since = (t: number): GatewayRequest[] => gateway.requests.filter((r) => r.at >= t);

  test("without the limiter: the code-7 answers the fleet earns are counted and printed", async () => {
    const fleet = await startFleet(workerFile, WORKERS, { ...config, store: "off" });
    fleet.go();
    await sleep(1000);
    const sum = total(await fleet.stop());
    console.log(
      `limiter off, 4 processes × 16 for 1 s: ${sum.ok} ok, ${sum.limited} code-7 answers, ${sum.other + sum.failed} other`,
    );
    // Printed, not asserted: on a loaded machine four processes may not even offer 200 calls/s.
    await sleep(1100); // let the ban it earned run out
  }, 20_000);

  test("with it: 0 code-7 answers at the limit; a forced ban stops all 4 workers within 100 ms, and they resume when it ends", async () => {
    const fleet = await startFleet(workerFile, WORKERS, { ...config, record: true });
    const start = Date.now();
    fleet.go();
    await sleep(2000);
    gateway.inject({ kind: "ban", seconds: 1 }, { times: 1 });
    await sleep(1800);
    const sum = total(await fleet.stop());
    const answered = since(start);

    // The first code 7 any worker received, by the machine's clock (all workers share it).
    const t0 = Math.min(...sum.limitedAt);
    expect(Number.isFinite(t0), "the injected ban reached a worker").toBe(true);
    const steady = answered.filter((r) => r.at >= start + 500 && r.at < start + 2000);
    const perSecond = (steady.length / 1500) * 1000;
    const code7 = answered.filter((r) => r.answer.code === 7);
    console.log(
      `limiter on (Redis), 4 processes × 16: ${perSecond.toFixed(1)} calls/s from 0.5 s to 2 s` +
        ` (${((perSecond / LIMIT) * 100).toFixed(1)} % of ${LIMIT}/s, load average ${loadavg()[0]!.toFixed(1)});` +
        ` Redis answered late ${sum.storeErrors} times (local limiter at 1/4 of the rate meanwhile)`,
    );
    // 0 code 7 from the gateway's limit: every code-7 answer falls in the forced ban (gateway clock).
    const banStart = answered.find((r) => r.answer.faults.includes("ban"))!.at;
    expect(code7.filter((r) => r.at < banStart || r.at > banStart + 1000)).toEqual([]);
    // The throughput against the limit is a benchmark figure (`pnpm bench:limits`), not asserted here.

    const sent = sum.sentAt.sort((x, y) => x - y);
    const inBan = sent.filter((t) => t > t0 + 100 && t < t0 + 1000);
    const after = sent.filter((t) => t >= t0 + 1000);
    console.log(
      `forced ban: first code 7 at +${t0 - start} ms; calls sent 0–100 ms after it: ${sent.filter((t) => t > t0 && t <= t0 + 100).length},` +
        ` later in the ban: ${inBan.length}, after it: ${after.length} (${sum.limited} code-7 answers in all)`,
    );
    expect(inBan).toEqual([]);
    expect(after.length).toBeGreaterThan(20);
    expect(answered.filter((r) => r.answer.code === undefined && r.at >= t0 + 1000).length).toBeGreaterThan(20);
    expect(sum.failed).toBe(0);
  }, 30_000);
});
