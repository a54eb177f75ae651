// One TmcClient (the built package, as users load it) taking `count` messages from a local TMC server run
// by the parent (the load test or `pnpm bench:tmc`). Prints one JSON line: per-id handler invocations, RSS, resume times.
// Usage: node --expose-gc tmc-child.mjs <url> <appKey> <secret> <count> <firstId> <failEvery> [warmAt]
// (warmAt: after how many handled messages the first RSS sample is taken, after a GC; default count / 5)
import { TmcClient } from "../dist/tmc/index.mjs";

const [url, appKey, secret, countText, firstText, failEveryText, warmAtText] = process.argv.slice(2);
const count = Number(countText);
const first = BigInt(firstText);
const failEvery = Number(failEveryText);
const warmAt = warmAtText === undefined ? Math.round(count / 5) : Number(warmAtText);
// Compact per-id records: the test's own bookkeeping must not grow the heap it measures.
const invocations = new Uint8Array(count);
const confirmedHere = new Uint8Array(count);
let done = 0;
let failed = 0;
let rssWarm = 0;
let heapWarm = 0;
let warm;
const marks = [];
let lostAt = 0;
const resumeMs = [];
const sample = () => {
  globalThis.gc();
  return process.memoryUsage();
};

const client = new TmcClient(appKey, secret, "default", { reconnect: { initialDelayMs: 50, maxDelayMs: 500 } });
client.on("error", () => {});
client.on("reconnect", (e) => {
  if (e.attempt === 1) lostAt = performance.now();
});
const finished = new Promise((resolve) => {
  client.setMessageHandler((message, status) => {
    if (lostAt) {
      resumeMs.push(performance.now() - lostAt);
      lostAt = 0;
    }
    const i = Number(message.id - first);
    invocations[i]++;
    // 1 % fail on their first delivery (status.fail(): left unconfirmed, TMC redelivers them).
    if (failEvery > 0 && i % failEvery === failEvery - 1 && invocations[i] === 1) {
      failed++;
      status.fail();
      return;
    }
    if (confirmedHere[i] === 0) {
      confirmedHere[i] = 1;
      done++;
      if (done === warmAt) {
        const m = sample();
        rssWarm = m.rss;
        warm = m;
        heapWarm = m.heapUsed;
      }
      if (done % (count / 10) === 0) marks.push(Math.round(process.memoryUsage.rss() / 1048576));
      if (done === count) resolve();
    }
  });
});
const started = performance.now();
const cpuStart = process.cpuUsage();
await client.connect(url);
await finished;
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
await client.close();
const end = sample();
const duplicates = [];
for (let i = 0; i < count; i++) if (invocations[i] > 1) duplicates.push([i, invocations[i]]);
console.log(
  JSON.stringify({
    done,
    failed,
    seconds,
    cpuSeconds,
    rssWarm,
    rssEnd: end.rss,
    heapWarm,
    heapEnd: end.heapUsed,
    warm,
    end,
    marks,
    resumeMs,
    duplicates,
    notHandled: invocations.indexOf(0),
    stats: client.stats(),
  }),
);
