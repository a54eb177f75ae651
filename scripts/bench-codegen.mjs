#!/usr/bin/env node
// Benchmark of the code generator on the whole TOP catalogue (../shared/corpus/top-metadata, 5,312 APIs),
// using the built codegen (`pnpm bench:codegen` builds it first). Prints figures; asserts nothing.
//
//   1. in-process: parse every doc (APIs/s), emit every module + index + registry (APIs/s), total, peak RSS
//   2. the real CLI on a scratch workspace holding the whole catalogue as its top-docs:
//      `generate` from nothing, again with nothing changed, after one doc's description changed,
//      and after one doc's title changed (which also reprints the registry)
//
// Options: --jobs <n> (emit worker threads; default as the CLI), --runs <n> (repeat, default 1),
//          --keep (keep the scratch workspace). TOPKIT_SHARED points at ../shared.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const codegen = join(root, "packages", "codegen");
const cli = join(codegen, "bin", "topkit-codegen.mjs");
const { values: args } = parseArgs({
  options: { jobs: { type: "string" }, runs: { type: "string", default: "1" }, keep: { type: "boolean" } },
});
const jobs = args.jobs === undefined ? undefined : Number(args.jobs);

const shared = process.env.TOPKIT_SHARED ?? join(root, "..", "shared");
const corpus = join(shared, "corpus", "top-metadata");
if (!existsSync(corpus)) {
  console.error(`bench-codegen: no corpus at ${corpus}; set TOPKIT_SHARED to the shared folder`);
  process.exit(2);
}
if (!existsSync(join(codegen, "dist", "index.mjs"))) {
  console.error("bench-codegen: build first (`pnpm bench:codegen` does: turbo run build --filter=@topkit/codegen)");
  process.exit(2);
}
const { emitIndexAndRegistry, emitModules, InputError, parseDoc } = await import(join(codegen, "dist", "index.mjs"));

const seconds = (ms) => (ms / 1000).toFixed(2);
const rate = (n, ms) => Math.round(n / (ms / 1000));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** Every doc of the corpus with the category its folder's catelog.json names. */
function corpusDocs() {
  const docs = [];
  for (const dir of readdirSync(corpus, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const folder = join(corpus, dir.name);
    const catelog = join(folder, "catelog.json");
    const category = existsSync(catelog) ? JSON.parse(readFileSync(catelog, "utf8")).name : undefined;
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith(".json") && name !== "catelog.json") docs.push({ file: join(folder, name), category });
    }
  }
  return docs;
}

/** Phase 1: parse and emit the whole corpus in this process. */
async function inProcess(docs) {
  const texts = docs.map((d) => ({ ...d, text: readFileSync(d.file, "utf8") }));
  const cpu0 = process.cpuUsage();
  let t = performance.now();
  const irs = [];
  let refused = 0;
  for (const d of texts) {
    try {
      irs.push(parseDoc(d.text, { file: d.file, category: d.category }));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      refused++;
    }
  }
  const parseMs = performance.now() - t;
  t = performance.now();
  const { texts: modules, threads } = await emitModules(irs, { jobs });
  const shared = emitIndexAndRegistry(irs);
  const emitMs = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const bytes = modules.reduce((n, m) => n + m.length, 0) + [...shared.values()].reduce((n, m) => n + m.length, 0);
  console.log(
    `parse: ${irs.length} APIs (${refused} files refused) in ${seconds(parseMs)} s = ${rate(irs.length, parseMs)} APIs/s`,
  );
  console.log(
    `emit:  ${modules.length} modules + index + registry (${(bytes / 1e6).toFixed(1)} MB) in ${seconds(emitMs)} s = ${rate(modules.length, emitMs)} APIs/s (${threads} worker threads)`,
  );
  console.log(
    `total: ${seconds(parseMs + emitMs)} s wall, ${seconds((cpu.user + cpu.system) / 1000)} s CPU (all threads); peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  return irs.map((ir) => ir.method);
}

/** A scratch workspace whose top-docs are the whole corpus, one file per API, with its manifest. */
function scratchWorkspace(docs) {
  const dir = mkdtempSync(join(tmpdir(), "topkit-bench-"));
  writeFileSync(join(dir, "pnpm-workspace.yaml"), "packages: []\n");
  const topDocs = join(dir, "packages", "sdk", "top-docs");
  mkdirSync(topDocs, { recursive: true });
  const apis = [];
  for (const d of docs) {
    const text = readFileSync(d.file, "utf8");
    const method = JSON.parse(text).name;
    if (typeof method !== "string" || method === "") continue;
    writeFileSync(join(topDocs, `${method}.json`), text);
    const sha256 = createHash("sha256").update(text).digest("hex");
    apis.push({ method, file: `${method}.json`, sha256, ...(d.category ? { category: d.category } : {}) });
  }
  apis.sort((a, b) => (a.method < b.method ? -1 : 1));
  writeManifest(dir, apis);
  return { dir, apis };
}

function writeManifest(dir, apis) {
  writeFileSync(join(dir, "packages", "sdk", "top-docs", "manifest.json"), `${JSON.stringify({ apis }, null, 2)}\n`);
}

/** Rewrites one doc through `change` and records its new sha256 in the manifest, as `sync` would. */
function changeDoc(ws, method, change) {
  const entry = ws.apis.find((a) => a.method === method);
  const file = join(ws.dir, "packages", "sdk", "top-docs", entry.file);
  const text = JSON.stringify(change(JSON.parse(readFileSync(file, "utf8"))), null, 2);
  writeFileSync(file, text);
  entry.sha256 = createHash("sha256").update(text).digest("hex");
  writeManifest(ws.dir, ws.apis);
}

// Loaded into each CLI run (node --import): reports the run's own CPU time (all threads) and peak RSS on exit,
// figures that, unlike wall time, hardly depend on what else the machine is doing.
const usageHook = `process.on("exit", () => { const c = process.cpuUsage(); process.stderr.write("\\n@@usage " +
  JSON.stringify({ cpu: (c.user + c.system) / 1e6, rss: process.resourceUsage().maxRSS / 1024 }) + "\\n"); });`;

/** Runs `topkit-codegen generate` on the scratch workspace; returns wall and CPU seconds, peak RSS, summary. */
function generate(ws) {
  const t = performance.now();
  const hook = `data:text/javascript,${encodeURIComponent(usageHook)}`;
  const argv = ["--import", hook, cli, "generate", "--root", ws.dir, ...(jobs ? ["--jobs", String(jobs)] : [])];
  const run = spawnSync(process.execPath, argv, { encoding: "utf8" });
  const ms = performance.now() - t;
  if (run.status !== 0) throw new Error(`generate failed (${run.status}): ${run.stderr}`);
  const lines = run.stderr.trim().split("\n");
  const usage = JSON.parse(lines.find((l) => l.startsWith("@@usage ")).slice("@@usage ".length));
  const line = lines.find((l) => l.startsWith("generated ")) ?? "";
  const summary = line.slice(line.indexOf("(") + 1, -1);
  return `${seconds(ms)} s wall, ${usage.cpu.toFixed(2)} s CPU, peak RSS ${Math.round(usage.rss)} MB (${summary})`;
}

console.log(`bench-codegen: ${cpus().length} CPUs (${availableParallelism()} available), Node ${process.version}`);
const docs = corpusDocs();
for (let run = 1; run <= Number(args.runs); run++) {
  console.log(`\nrun ${run}: load average ${load()}`);
  const methods = await inProcess(docs);
  const ws = scratchWorkspace(docs);
  try {
    const target = methods.find((m) => m === "taobao.trade.fullinfo.get") ?? methods[0];
    console.log(`generate, from nothing:            ${generate(ws)}`);
    console.log(`generate, nothing changed:         ${generate(ws)}`);
    changeDoc(ws, target, (d) => ({ ...d, description: `${d.description ?? ""} (changed ${Date.now()})` }));
    console.log(`generate, one description changed: ${generate(ws)}`);
    changeDoc(ws, target, (d) => ({ ...d, apiChineseName: `${d.apiChineseName ?? ""}*` }));
    console.log(`generate, one title changed:       ${generate(ws)}`);
  } finally {
    if (args.keep) console.log(`scratch workspace kept: ${ws.dir}`);
    else rmSync(ws.dir, { recursive: true, force: true });
  }
  console.log(`load average after run ${run}: ${load()}`);
}
