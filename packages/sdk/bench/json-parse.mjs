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

/** Runs `fn` for about `ms` after a warm-up; returns operations per second. */
function opsPerSecond(fn, text, ms = 400) {
  for (let i = 0; i < 200; i++) fn(text);
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 20; i++) fn(text);
    n += 20;
    now = process.hrtime.bigint();
  }
  return (n * 1e9) / Number(now - start);
}

console.log(`node ${process.version}; figures are ops/s (higher is better) and MB/s`);
for (const [name, text] of Object.entries(bodies)) {
  const bytes = Buffer.byteLength(text);
  console.log(`\n${name}: ${bytes} bytes`);
  const floor = opsPerSecond(parsers["JSON.parse (lossy floor)"], text);
  for (const [parser, fn] of Object.entries(parsers)) {
    const ops = parser.startsWith("JSON.parse") ? floor : opsPerSecond(fn, text);
    const mbs = (ops * bytes) / 1e6;
    console.log(
      `  ${parser.padEnd(26)} ${ops.toFixed(0).padStart(9)} ops/s ${mbs.toFixed(1).padStart(7)} MB/s  ${(floor / ops).toFixed(2)}x JSON.parse time`,
    );
  }
}
