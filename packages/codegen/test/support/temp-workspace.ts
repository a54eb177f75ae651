import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listFiles } from "../../src/fs/write-tree.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

/** A throwaway workspace holding a copy of the SDK's inputs and generated output, for pipeline tests. */
export function tempWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "topkit-ws-"));
  writeFileSync(join(dir, "pnpm-workspace.yaml"), 'packages: ["packages/*"]\n');
  for (const part of ["top-docs", "ir", "src/generated"]) {
    cpSync(join(root, "packages/sdk", part), join(dir, "packages/sdk", part), { recursive: true });
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
