#!/usr/bin/env node
// `pnpm bench:cli`: cold-start figures of the built `topkit`, each run a fresh Node process, one after
// another: `node -e 0` (the floor), `topkit --version`, `topkit apis`, and the seed `call` against a
// local gateway run by `topkit gateway` in a separate process. Prints medians; RUNS=n sets the count.
import { spawn, spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/topkit.mjs", import.meta.url));
const RUNS = Number(process.env.RUNS ?? 21);
const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  TOP_APP_KEY: "bench-key",
  TOP_APP_SECRET: "bench-secret",
};

/** Wall time of one run in ms; a failed run stops the benchmark (timing failures would mislead). */
function timeOnce(args) {
  const start = performance.now();
  // `topkit apis` prints the whole catalogue (over 1 MiB, spawnSync's default buffer, which kills the child).
  const run = spawnSync(process.execPath, args, { env, encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function bench(label, args) {
  timeOnce(args); // warm the file system cache: we measure Node's start, not the disk
  const times = Array.from({ length: RUNS }, () => timeOnce(args));
  const f = (n) => n.toFixed(0).padStart(5);
  console.log(
    `${label.padEnd(28)} median ${f(median(times))} ms   min ${f(Math.min(...times))}   max ${f(Math.max(...times))}`,
  );
}

/** `topkit gateway` in its own process; resolves with its URL and a stop function. */
function startGateway() {
  const child = spawn(process.execPath, [BIN, "gateway", "-q"], { env, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding("utf8").once("data", (d) => resolve({ url: d.trim(), stop: () => child.kill("SIGTERM") }));
    child.once("exit", (code) => reject(new Error(`topkit gateway exited ${code}`)));
  });
}

const [one, five, fifteen] = loadavg().map((n) => n.toFixed(2));
console.log(
  `topkit cold start, ${RUNS} runs each, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`,
);
console.log(`load average before: ${one} ${five} ${fifteen} (other work on the machine inflates these figures)\n`);
bench("node -e 0 (floor)", ["-e", "0"]);
bench("topkit --version", [BIN, "--version"]);
bench("topkit --help", [BIN, "--help"]);
bench("topkit apis", [BIN, "apis"]);
const gateway = await startGateway();
try {
  bench("topkit call (seed, gateway)", [
    BIN,
    "call",
    SEED,
    "--endpoint",
    gateway.url,
    "--set",
    "req.type=1",
    "--set",
    "req.data=[]",
    "--session",
    "bench-session",
  ]);
} finally {
  gateway.stop();
}
console.log(
  `\nload average after: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")}`,
);
