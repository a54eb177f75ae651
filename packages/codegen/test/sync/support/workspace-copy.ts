import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listFiles } from "../../../src/fs/write-tree.js";

const repo = new URL("../../../../../", import.meta.url).pathname;

/** What a sync reads and writes, copied from this worktree: tests never touch the real top-docs. */
const COPIED = [
  "pnpm-workspace.yaml",
  ".changeset",
  "packages/sdk/top-docs",
  "packages/sdk/ir",
  "packages/sdk/src/generated",
];

/** A throwaway copy of the workspace's sync-relevant folders; `dispose()` removes it. */
export function workspaceCopy(): { root: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), "topkit-sync-test-"));
  for (const path of COPIED)
    if (existsSync(join(repo, path))) cpSync(join(repo, path), join(root, path), { recursive: true });
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
