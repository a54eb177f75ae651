#!/usr/bin/env node
// `pnpm bench:package` (issue 12): what the catalogue costs a user of @topkit/sdk, measured on the built package.
// Prints: npm pack size (tarball / unpacked), cold import of one API on top of the root, tsc on a program with three
// APIs vs the runtime alone, generate from nothing (wall, peak RSS), and cold `topkit describe` / `apis --search`.
// Medians of several runs; the load average is printed with them, since this machine is shared.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const sdk = join(root, "packages", "sdk");
const tmp = join(sdk, "bench", ".tmp", "package");
const runs = Number(process.argv[2] ?? 5); // `node scripts/bench-package.mjs <runs>`
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (x) => `${x.toFixed(0)} ms`;
const timed = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const rows = [];
const row = (measure, value, target) => {
  rows.push([measure, value, target]);
  console.log(`${measure}: ${value}   (target ${target})`);
};

rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}; ${runs} runs each, medians`,
);

// 1. npm pack: what `npm publish` would upload.
const [pack] = JSON.parse(
  // The JSON lists ~26,000 files: far beyond the 1 MB of output execFileSync allows by default.
  execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: sdk, encoding: "utf8", maxBuffer: 256 << 20 }),
);
row(
  "npm pack @topkit/sdk: tarball / unpacked",
  `${mb(pack.size)} / ${mb(pack.unpackedSize)} (${pack.entryCount} files)`,
  "≤ 10 MB / ≤ 60 MB",
);

// 2. Cold import of one API after the root, in a fresh process each run.
writeFileSync(
  join(tmp, "import.mjs"),
  `await import("@topkit/sdk");
const t = performance.now();
await import("@topkit/sdk/apis/taobao.trade.fullinfo.get");
console.log(performance.now() - t);
`,
);
const importTimes = Array.from({ length: runs }, () =>
  Number(execFileSync(process.execPath, [join(tmp, "import.mjs")], { encoding: "utf8" })),
);
row("cold import of one API on top of the root", ms(median(importTimes)), "≤ 10 ms");

// 3. tsc: three APIs vs the runtime alone.
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const program = (name, body) => {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "main.ts"), body);
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
      },
      files: ["main.ts"],
    }),
  );
  return () => execFileSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
};
const runtimeOnly = program(
  "runtime",
  `import { DefaultTaobaoClient } from "@topkit/sdk";\nexport const client = new DefaultTaobaoClient("http://127.0.0.1:1/router/rest", "k", "s");\n`,
);
const threeApis = program(
  "three",
  `import { DefaultTaobaoClient } from "@topkit/sdk";
import { TradeFullinfoGetRequest } from "@topkit/sdk/apis/taobao.trade.fullinfo.get";
import { LogisticsOfflineSendRequest } from "@topkit/sdk/apis/taobao.logistics.offline.send";
import { ItemSellerGetRequest } from "@topkit/sdk/apis/taobao.item.seller.get";
export const client = new DefaultTaobaoClient("http://127.0.0.1:1/router/rest", "k", "s");
export const rsp = await client.execute(new TradeFullinfoGetRequest({ fields: "tid", tid: 1n }), "s");
export const tid: bigint | undefined = rsp.getTrade()?.getTid();
new LogisticsOfflineSendRequest().setTid(1);
new ItemSellerGetRequest().setNumIid(2n);
`,
);
const tscRuntime = median(Array.from({ length: runs }, () => timed(runtimeOnly)));
const tscThree = median(Array.from({ length: runs }, () => timed(threeApis)));
row(
  "tsc: 3 APIs vs runtime alone",
  `${ms(tscThree)} vs ${ms(tscRuntime)} = ${(tscThree / tscRuntime).toFixed(2)}x`,
  "≤ 1.3x",
);

// 4. generate from nothing: every IR and API file of the catalogue, no cache.
rmSync(join(sdk, "generated"), { recursive: true, force: true });
rmSync(join(sdk, "ir"), { recursive: true, force: true });
rmSync(join(root, "node_modules", ".cache", "topkit-codegen"), { recursive: true, force: true });
const gen = spawnSync(
  "/usr/bin/time",
  ["-f", "%e %M", process.execPath, join(root, "packages/codegen/bin/topkit-codegen.mjs"), "generate"],
  {
    cwd: root,
    encoding: "utf8",
  },
);
if (gen.status !== 0) throw new Error(`generate failed:\n${gen.stderr}`);
const [wall, rssKb] = gen.stderr.trim().split("\n").at(-1).split(" ").map(Number);
row(
  "generate the catalogue from nothing (5,313 APIs): wall, peak RSS",
  `${wall.toFixed(1)} s, ${(rssKb / 1024).toFixed(0)} MB`,
  "≤ 5 min, ≤ 4 GB (build incl. tsdown: see README)",
);

// 5. CLI cold starts.
const topkit = join(root, "packages/cli/bin/topkit.mjs");
const cli = (args) => () => execFileSync(process.execPath, [topkit, ...args], { encoding: "utf8", stdio: "pipe" });
row(
  "topkit describe taobao.trade.fullinfo.get, cold",
  ms(median(Array.from({ length: runs }, () => timed(cli(["describe", "taobao.trade.fullinfo.get"]))))),
  "≤ 400 ms",
);
row(
  "topkit apis --search trade, cold",
  ms(median(Array.from({ length: runs }, () => timed(cli(["apis", "--search", "trade"]))))),
  "≤ 400 ms",
);

console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log("\n| measure | figure | target |\n|---|---|---|");
for (const [m, v, t] of rows) console.log(`| ${m} | ${v} | ${t} |`);
rmSync(tmp, { recursive: true, force: true });
