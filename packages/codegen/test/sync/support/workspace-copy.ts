import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listFiles } from "../../../src/fs/write-tree.js";

const repo = new URL("../../../../../", import.meta.url).pathname;
const cli = new URL("../../../bin/topkit-codegen.mjs", import.meta.url).pathname;

/** What a sync reads and writes, copied from this worktree: tests never touch the real top-docs. */
const COPIED = ["pnpm-workspace.yaml", ".changeset"];
const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";

/**
 * A throwaway copy of the workspace's sync-relevant folders, its top-docs cut down to the seed (the
 * imitation doc site serves the seed and a few more; copying and regenerating 5,313 docs per test would
 * take minutes); `dispose()` removes it.
 */
export function workspaceCopy(): { root: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), "topkit-sync-test-"));
  for (const path of COPIED)
    if (existsSync(join(repo, path))) cpSync(join(repo, path), join(root, path), { recursive: true });
  const from = join(repo, "packages/sdk/top-docs");
  const to = join(root, "packages/sdk/top-docs");
  mkdirSync(to, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(from, "manifest.json"), "utf8")) as {
    apis: { method: string; file: string }[];
  };
  const apis = manifest.apis.filter((e) => e.method === SEED);
  for (const e of apis) cpSync(join(from, e.file), join(to, e.file));
  writeFileSync(join(to, "manifest.json"), `${JSON.stringify({ apis }, null, 2)}\n`);
  // What the build would have generated from it (nothing generated is committed any more).
  execFileSync(process.execPath, [cli, "generate", "--root", root], { stdio: "pipe" });
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** One hash over every file path and byte under `root`: equal hashes mean an untouched tree. */
export function treeHash(root: string): string {
  const hash = createHash("sha256");
  for (const file of listFiles(root))
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update("\0");
  return hash.digest("hex");
}
