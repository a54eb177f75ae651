// One worker process of an app's fleet: `concurrency` lanes calling one API through DefaultTaobaoClient,
// optionally limited through a shared RedisLimitStore, until told to stop. Bundled by esbuild and forked
// by fleet.ts (the multi-process test and `pnpm bench:limits`); config comes in TOPKIT_FLEET as JSON.
import { DefaultTaobaoClient, type LimitsOptions } from "../../../src/index.js";
import { RedisLimitStore } from "../../../src/limits/redis/index.js";
import { emptyReport, type WorkerConfig, type WorkerReport } from "./fleet.js";

const config = JSON.parse(process.env.TOPKIT_FLEET ?? "{}") as WorkerConfig;
let storeErrors = 0;
const store =
  config.store === "redis"
    ? new RedisLimitStore({
        redis: config.redisUrl!,
        localShare: config.localShare ?? 1,
        ...(config.redisTimeoutMs !== undefined && { timeoutMs: config.redisTimeoutMs }),
        onError: () => void storeErrors++,
      })
    : undefined;
const limits: LimitsOptions | undefined =
  config.store === "off" ? undefined : { ...config.limits, ...(store && { store }) };
const report: WorkerReport = emptyReport();
const client = new DefaultTaobaoClient(config.url, config.appKey, config.secret, {
  retries: 0,
  ...(limits && { limits }),
  // When each call really leaves (after the limiter let it go), by the machine's clock.
  ...(config.record && { hooks: { onRequest: () => void report.sentAt.push(Date.now()) } }),
});
let stopping = false;
process.on("message", (m) => {
  if (m === "stop") stopping = true;
});

async function lane(): Promise<void> {
  while (!stopping && (config.calls === undefined || report.ok + report.limited + report.other < config.calls)) {
    try {
      const rsp = await client.call(config.method, config.params, config.session);
      const error = rsp.error_response as { code?: number } | undefined;
      if (!error) report.ok++;
      else if (error.code === 7) {
        report.limited++;
        if (config.record) report.limitedAt.push(Date.now());
      } else report.other++;
    } catch {
      report.failed++;
    }
  }
}

// Warm-up calls (JIT, and one connection per lane, as a worker that has been running holds them) before the
// measured run; not counted. Lanes warm up side by side: one after another they would open a single connection,
// and the run's first calls would then arrive late and bunched, behind connection setup.
const warmLane = async (calls: number) => {
  for (let i = 0; i < calls; i++) await client.call(config.method, config.params, config.session);
};
const warmup = config.warmup ?? 0;
await Promise.all(
  Array.from({ length: config.concurrency }, (_, i) =>
    warmLane(Math.floor(warmup / config.concurrency) + (i < warmup % config.concurrency ? 1 : 0)),
  ),
);
process.send!("ready");
await new Promise((resolve) => process.once("message", resolve)); // "go": every worker starts together
const cpu = process.cpuUsage();
const t0 = performance.now();
await Promise.all(Array.from({ length: config.concurrency }, lane));
const used = process.cpuUsage(cpu);
report.cpuMicros = used.user + used.system;
report.wallMs = performance.now() - t0;
report.storeErrors = storeErrors;
await client.close();
await store?.close();
process.send!(report, () => process.exit(0));
