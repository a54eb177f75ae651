#!/usr/bin/env node
// Lossless JSON parsing on TOP-shaped bodies: topkit's parser vs lossless-json and json-bigint, with
// the lossy JSON.parse as the floor; then the large-body scaling (1, 8 and 64 MB of small objects).
// Usage: pnpm build && node bench/json-parse.mjs [--large-only]
import { loadavg } from "node:os";
import JSONbig from "json-bigint";
import { parse as losslessParse } from "lossless-json";
import { parseLosslessJson, RawNumber } from "../dist/index.mjs";

const order = (i) => ({
  oid: `29403287237810${String(49652 + i).padStart(5, "0")}`,
  title: `商品 ${i} "quoted" / slash`,
  price: "12.50",
  num: i % 7,
  discount_fee: 0.35,
  created: "2024-05-01 08:30:00",
});
const trade = (i, orders) =>
  `{"tid":${2940328723781049652n + BigInt(i)},"status":"WAIT_SELLER_SEND_GOODS","payment":"99.00","buyer_rate":false,` +
  `"post_fee":1.5,"receiver_address":"浙江省杭州市余杭区文一西路969号","orders":{"order":[${Array.from(
    { length: orders },
    (_, k) => JSON.stringify(order(k)).replace(/"oid":"(\d+)"/, '"oid":$1'),
  ).join(",")}]}}`;
const bodies = {
  "small (seed answer)":
    '{"tmall_alihouse_customer_clue_out_invest_total_data_back_flow_response":{"result":{"code":"success","msg":"成功","success":"true"},"request_id":"16mq8a1s6v0ez"}}',
  "medium (1 trade, 20 orders)": `{"trade_fullinfo_get_response":{"trade":${trade(0, 20)},"request_id":"r"}}`,
  "large (100 trades, 5 orders each)": `{"trades_sold_get_response":{"total_results":100,"trades":{"trade":[${Array.from({ length: 100 }, (_, i) => trade(i, 5)).join(",")}]}}}`,
};

const toRaw = (text) => new RawNumber(text);
const bigint = JSONbig({ useNativeBigInt: true });
const parsers = {
  "JSON.parse (lossy floor)": (t) => JSON.parse(t),
  "topkit parseLosslessJson": (t) => parseLosslessJson(t),
  "lossless-json 4.3.3": (t) => losslessParse(t, null, toRaw),
  "json-bigint 1.0.0": (t) => bigint.parse(t),
};

/** CPU microseconds per parse (user + system, so time the process spends descheduled is not counted). */
function cpuPerOp(fn, text, n) {
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) fn(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

/** A `trades_sold_get_response` of about `mb` MB: trades of 5 orders each, as TOP answers with full fields. */
function largeBody(mb) {
  const one = trade(0, 5);
  const count = Math.ceil((mb * 1024 * 1024) / (one.length + 1));
  const parts = [];
  for (let i = 0; i < count; i++) parts.push(trade(i, 5));
  return `{"trades_sold_get_response":{"total_results":${count},"trades":{"trade":[${parts.join(",")}]},"request_id":"r"}}`;
}

/**
 * Milliseconds of one parse (the measure: one run): CPU (user + system, so time spent descheduled
 * on a loaded machine is not counted; the main thread's work dominates) and wall.
 */
function timeOf(fn, text) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  fn(text);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall };
}

const largeOnly = process.argv.includes("--large-only");
const ROUNDS = 7;
if (!largeOnly)
  console.log(`node ${process.version}; CPU µs per parse, best and median of ${ROUNDS} interleaved rounds`);
for (const [name, text] of largeOnly ? [] : Object.entries(bodies)) {
  const bytes = Buffer.byteLength(text);
  const n = Math.max(20, Math.round(2_000_000 / bytes));
  for (const fn of Object.values(parsers)) cpuPerOp(fn, text, n); // warm-up
  const runs = Object.fromEntries(Object.keys(parsers).map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++) for (const [k, fn] of Object.entries(parsers)) runs[k].push(cpuPerOp(fn, text, n));
  const best = (xs) => Math.min(...xs);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const floor = best(runs["JSON.parse (lossy floor)"]);
  console.log(`\n${name}: ${bytes} bytes, ${n} parses per round`);
  for (const [k, xs] of Object.entries(runs)) {
    const b = best(xs);
    console.log(
      `  ${k.padEnd(26)} best ${b.toFixed(2).padStart(8)} µs  median ${median(xs).toFixed(2).padStart(8)} µs  ${(bytes / b).toFixed(0).padStart(4)} MB/s  ${(b / floor).toFixed(2)}x JSON.parse`,
    );
  }
}

// Large bodies: one run each (as the issue measures), the slow char-by-char parsers only up to 8 MB.
console.log(`\nlarge bodies, ms of one parse, CPU (wall) (load average ${loadavg()[0].toFixed(2)})`);
const large = { 1: largeBody(1), 8: largeBody(8), 64: largeBody(64) };
// Warm-up on a smaller body of the same shape, so the 1 MB run is not the one that pays for JIT compilation.
const warm = largeBody(0.25);
for (const fn of Object.values(parsers)) for (let i = 0; i < 5; i++) fn(warm);
const times = {};
for (const [k, fn] of Object.entries(parsers)) {
  times[k] = {};
  for (const [mb, text] of Object.entries(large)) {
    if (Number(mb) > 8 && !k.startsWith("JSON.parse") && !k.startsWith("topkit")) continue;
    globalThis.gc?.();
    times[k][mb] = timeOf(fn, text);
  }
  const t = times[k];
  const cells = Object.entries(t).map(
    ([mb, x]) => `${mb} MB ${x.cpu.toFixed(0).padStart(5)} (${x.wall.toFixed(0).padStart(5)})`,
  );
  console.log(`  ${k.padEnd(26)} ${cells.join("  ")}  8MB/1MB ${(t[8].cpu / t[1].cpu).toFixed(2)}`);
}
const floor = times["JSON.parse (lossy floor)"];
const ours = times["topkit parseLosslessJson"];
const ratio = (mb, of) => (ours[mb][of] / floor[mb][of]).toFixed(2);
console.log(
  `  topkit vs JSON.parse, CPU (wall): 1 MB ${ratio(1, "cpu")}x (${ratio(1, "wall")}x), 8 MB ${ratio(8, "cpu")}x (${ratio(8, "wall")}x) (target <= 8, aim <= 3), 64 MB ${ratio(64, "cpu")}x (${ratio(64, "wall")}x)`,
);
console.log(
  `  topkit time(8 MB) / time(1 MB): CPU ${(ours[8].cpu / ours[1].cpu).toFixed(2)}, wall ${(ours[8].wall / ours[1].wall).toFixed(2)} (target <= 10, aim <= 8.5)`,
);
