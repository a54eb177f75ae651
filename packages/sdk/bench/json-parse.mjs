#!/usr/bin/env node
// Lossless JSON parsing on TOP-shaped bodies: topkit's parser vs lossless-json and json-bigint, with
// the lossy JSON.parse as the floor. Usage: pnpm build && node bench/json-parse.mjs
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

const ROUNDS = 7;
console.log(`node ${process.version}; CPU µs per parse, best and median of ${ROUNDS} interleaved rounds`);
for (const [name, text] of Object.entries(bodies)) {
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
