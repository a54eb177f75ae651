import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, expect, test } from "vitest";
import { createLocalTmc, type LocalTmc } from "../../src/testing/index.js";

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL("../../bench/tmc-child.mjs", import.meta.url));
const MB = 1024 * 1024;
const COUNT = 100_000;
const APP_KEY = "12345678";
const SECRET = "load-secret";

interface ChildResult {
  done: number;
  failed: number;
  seconds: number;
  rssWarm: number;
  rssEnd: number;
  heapWarm: number;
  heapEnd: number;
  resumeMs: number[];
  duplicates: [number, number][];
  notHandled: number;
  stats: { confirmed: number; reconnects: number; duplicatesInFlight: number };
}

let tmc: LocalTmc | undefined;
afterEach(async () => {
  await tmc?.close();
});

/** Publishes COUNT messages, runs the client in a child process (the built package), returns both sides. */
async function runLoad(setup: (t: LocalTmc) => void, failEvery: number, redeliverAfterMs: number) {
  tmc = await createLocalTmc({ appKey: APP_KEY, appSecret: SECRET, redeliverAfterMs });
  setup(tmc);
  const first = tmc.publish("taobao_trade_TradeCreate", '{"tid":4611686018427387905,"status":"WAIT_BUYER_PAY"}');
  for (let i = 1; i < COUNT; i++)
    tmc.publish(
      i % 2 ? "taobao_trade_TradeCreate" : "taobao_refund_RefundCreate",
      `{"tid":${4611686018427387905n + BigInt(i)},"oid":${i}}`,
      {
        userId: 9007199254740993n,
        userNick: "卖家",
      },
    );
  const { stdout } = await run(
    process.execPath,
    ["--expose-gc", CHILD, tmc.url, APP_KEY, SECRET, String(COUNT), String(first), String(failEvery)],
    { maxBuffer: 64 << 20 },
  );
  const r = JSON.parse(stdout.trim().split("\n").at(-1)!) as ChildResult;
  await tmc.allConfirmed(30_000);
  const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
  console.log(
    `tmc load: ${COUNT} messages in ${r.seconds.toFixed(2)} s (${Math.round(COUNT / r.seconds)}/s), ` +
      `${r.stats.reconnects} reconnects, resume ${r.resumeMs.map((x) => Math.round(x)).join("/") || "-"} ms, ` +
      `${r.duplicates.length} ids handled twice or more, RSS ${mb(r.rssWarm)} at 20% -> ${mb(r.rssEnd)} at the end, ` +
      `heap ${mb(r.heapWarm)} -> ${mb(r.heapEnd)}; server ${JSON.stringify(tmc.stats())}`,
  );
  return { r, first, stats: tmc.stats() };
}

test("100,000 messages through a handler, no faults: 0 lost, 0 delivered twice, RSS flat", {
  timeout: 120_000,
}, async () => {
  const { r, stats } = await runLoad(() => {}, 0, 30_000);
  expect(r.notHandled).toBe(-1);
  expect(r.done).toBe(COUNT);
  expect(r.duplicates).toEqual([]);
  expect(stats).toMatchObject({
    published: COUNT,
    delivered: COUNT,
    redelivered: 0,
    confirmed: COUNT,
    strayConfirms: 0,
  });
  // Flat: the JS heap after a GC does not grow with the messages (RSS also holds V8's young generation and
  // malloc arenas, which grow during a first run and then stay: the bound is 20 MB).
  expect(r.heapEnd - r.heapWarm).toBeLessThan(2 * MB);
  expect(r.rssEnd - r.rssWarm).toBeLessThan(20 * MB);
});

test("100,000 messages, the connection dropped every 5,000 and 1 % of handlers failing: 0 lost, every duplicate accounted for", {
  timeout: 120_000,
}, async () => {
  const { r, first, stats } = await runLoad((t) => t.dropEvery(5000), 100, 300);
  expect(r.notHandled).toBe(-1);
  expect(r.done).toBe(COUNT);
  expect(stats.confirmed).toBe(COUNT);
  expect(stats.published).toBe(COUNT);
  expect(r.stats.reconnects).toBeGreaterThanOrEqual(COUNT / 5000 - 1);
  expect(r.failed).toBe(COUNT / 100);
  // Every id the handler saw k times was written k times or more by the server, which only writes again
  // what it holds unconfirmed (a confirm removes it): each duplicate is an unconfirmed message's redelivery.
  const dup = new Map(r.duplicates);
  let duplicateDeliveries = 0;
  for (const [i, k] of r.duplicates) {
    expect(tmc!.deliveryCount(first + BigInt(i)), `id #${i}`).toBeGreaterThanOrEqual(k);
    duplicateDeliveries += k - 1;
  }
  expect(duplicateDeliveries).toBeLessThanOrEqual(stats.redelivered);
  // Each failed message came again and was then confirmed.
  for (let i = 99; i < COUNT; i += 100) expect(dup.get(i), `failed id #${i}`).toBeGreaterThanOrEqual(2);
  expect(r.heapEnd - r.heapWarm).toBeLessThan(2 * MB);
  expect(r.rssEnd - r.rssWarm).toBeLessThan(20 * MB);
});
