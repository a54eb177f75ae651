// `pnpm bench:tmc`: TmcClient throughput to a no-op handler, RSS growth over 100,000 messages, and the time to
// resume after a dropped connection. The local TMC server runs in this process; the client in a child process
// (bench/tmc-child.mjs, the built package), so the figures are the client's alone.
import { execFile } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createLocalTmc } from "../dist/testing/index.mjs";

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL("./tmc-child.mjs", import.meta.url));
const COUNT = Number(process.env.TMC_BENCH_COUNT ?? 100_000);
const ROUNDS = Number(process.env.TMC_BENCH_ROUNDS ?? 3);
const APP_KEY = "bench-key";
const SECRET = "bench-secret";
const MB = 1024 * 1024;

async function round(dropEvery, count = COUNT, warmAt = Math.round(count / 5)) {
  const tmc = await createLocalTmc({ appKey: APP_KEY, appSecret: SECRET, redeliverAfterMs: 60_000 });
  try {
    tmc.dropEvery(dropEvery);
    let first;
    for (let i = 0; i < count; i++) {
      const id = tmc.publish(
        i % 2 ? "taobao_trade_TradeCreate" : "taobao_refund_RefundCreate",
        `{"tid":${4611686018427387905n + BigInt(i)},"oid":${i},"status":"WAIT_SELLER_SEND_GOODS","payment":"12.50"}`,
        { userId: 2206575870000n + BigInt(i % 1000), userNick: "卖家小店" },
      );
      first ??= id;
    }
    const { stdout } = await run(
      process.execPath,
      ["--expose-gc", CHILD, tmc.url, APP_KEY, SECRET, String(count), String(first), "0", String(warmAt)],
      { maxBuffer: 64 << 20 },
    );
    const r = JSON.parse(stdout.trim().split("\n").at(-1));
    await tmc.allConfirmed(30_000);
    return { ...r, server: tmc.stats() };
  } finally {
    await tmc.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

console.log(`TMC bench: ${COUNT} messages per round, ${ROUNDS} rounds; load average before: ${load()}`);
const rates = [];
const cpuRates = [];
const growth = [];
for (let i = 0; i < ROUNDS; i++) {
  const r = await round(0);
  const rate = COUNT / r.seconds;
  rates.push(rate);
  cpuRates.push(COUNT / r.cpuSeconds);
  growth.push((r.rssEnd - r.rssWarm) / MB);
  console.log(
    `  no faults #${i + 1}: ${Math.round(rate)} messages/s (client CPU ${((r.cpuSeconds / COUNT) * 1e6).toFixed(1)} µs a message), RSS ${(r.rssWarm / MB).toFixed(1)} MB at 20 % -> ` +
      `${(r.rssEnd / MB).toFixed(1)} MB at the end (heap ${(r.heapWarm / MB).toFixed(1)} -> ${(r.heapEnd / MB).toFixed(1)} MB), ` +
      `${r.duplicates.length} duplicates, ${r.server.redelivered} redelivered`,
  );
}
// The same, over 100,000 more messages after a first 100,000: RSS in steady state (V8's young generation
// and malloc's arenas for its helper threads grow during the first run and then stay).
const steady = [];
for (let i = 0; i < ROUNDS; i++) {
  const r = await round(0, 2 * COUNT, COUNT);
  steady.push((r.rssEnd - r.rssWarm) / MB);
  console.log(
    `  ${2 * COUNT} messages #${i + 1}: ${Math.round((2 * COUNT) / r.seconds)} messages/s, RSS ${(r.rssWarm / MB).toFixed(1)} MB ` +
      `after ${COUNT} -> ${(r.rssEnd / MB).toFixed(1)} MB after ${2 * COUNT} (heap ${(r.heapWarm / MB).toFixed(1)} -> ` +
      `${(r.heapEnd / MB).toFixed(1)} MB), RSS every 10 %: ${r.marks.join(" ")} MB`,
  );
}
const resumes = [];
for (let i = 0; i < ROUNDS; i++) {
  const r = await round(Math.ceil(COUNT / 10));
  resumes.push(...r.resumeMs);
  console.log(
    `  dropped every ${Math.ceil(COUNT / 10)} #${i + 1}: ${r.stats.reconnects} reconnects, resume ` +
      `${r.resumeMs.map((x) => Math.round(x)).join("/")} ms, ${Math.round(COUNT / r.seconds)} messages/s`,
  );
}
console.log(`load average after: ${load()}`);
console.log("| measure | median | range | target | aim |");
console.log("|---|---|---|---|---|");
const fmt = (xs, d = 0) => `${Math.min(...xs).toFixed(d)}–${Math.max(...xs).toFixed(d)}`;
console.log(`| messages/s, no-op handler | ${Math.round(median(rates))} | ${fmt(rates)} | ≥ 10,000 | ≥ 50,000 |`);
console.log(
  `| messages per second of client CPU (what one core would carry without the server beside it) | ${Math.round(median(cpuRates))} | ${fmt(cpuRates)} | | |`,
);
console.log(
  `| RSS growth over ${COUNT} messages, from 20 % (MB) | ${median(growth).toFixed(1)} | ${fmt(growth, 1)} | ≤ 20 | ≤ 5 |`,
);
console.log(
  `| RSS growth over the next ${COUNT} messages, after a first ${COUNT} (MB) | ${median(steady).toFixed(1)} | ${fmt(steady, 1)} | ≤ 20 | ≤ 5 |`,
);
console.log(
  `| resume after a drop (ms, first message after reconnect) | ${Math.round(median(resumes))} | ${fmt(resumes)} | ≤ 2,000 | ≤ 300 |`,
);
