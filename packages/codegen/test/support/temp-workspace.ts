import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listFiles } from "../../src/fs/write-tree.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const cli = fileURLToPath(new URL("../../bin/topkit-codegen.mjs", import.meta.url));

export const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
/**
 * The APIs of a test workspace: the seed (page text, listed first) and three doc-JSON APIs. Pipeline tests
 * need both input forms, not the whole catalogue: 5,313 docs would make each copy and run take minutes.
 */
export const WORKSPACE_APIS = [
  SEED,
  "taobao.item.seller.get",
  "taobao.logistics.offline.send",
  "taobao.trade.fullinfo.get",
];

let template: string | undefined;

/** A workspace with the subset's inputs and what `generate` (the built CLI) writes from them, made once per process. */
function generatedTemplate(): string {
  if (template) return template;
  const dir = mkdtempSync(join(tmpdir(), "topkit-ws-template-"));
  writeFileSync(join(dir, "pnpm-workspace.yaml"), 'packages: ["packages/*"]\n');
  const from = join(root, "packages/sdk/top-docs");
  const to = join(dir, "packages/sdk/top-docs");
  mkdirSync(to, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(from, "manifest.json"), "utf8")) as {
    apis: { method: string; file: string }[];
  };
  const apis = WORKSPACE_APIS.map((m) => manifest.apis.find((e) => e.method === m)!);
  for (const e of apis) cpSync(join(from, e.file), join(to, e.file));
  writeFileSync(join(to, "manifest.json"), `${JSON.stringify({ apis }, null, 2)}\n`);
  execFileSync(process.execPath, [cli, "generate", "--root", dir], { stdio: "pipe" });
  template = dir;
  return dir;
}

/** A throwaway workspace holding a copy of a small set of SDK inputs and their generated output, for pipeline tests. */
export function tempWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "topkit-ws-"));
  const from = generatedTemplate();
  writeFileSync(join(dir, "pnpm-workspace.yaml"), 'packages: ["packages/*"]\n');
  for (const part of ["top-docs", "ir", "generated"]) {
    const src = join(from, "packages/sdk", part);
    if (existsSync(src)) cpSync(src, join(dir, "packages/sdk", part), { recursive: true });
  }
  return dir;
}

/** One hash over every file's path and bytes under `dir`: equal hashes mean a byte-identical tree. */
export function treeHash(dir: string): string {
  const hash = createHash("sha256");
  for (const file of listFiles(dir))
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(dir, file)));
  return hash.digest("hex");
}
