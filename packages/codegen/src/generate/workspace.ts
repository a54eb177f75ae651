import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The folders `generate` reads and writes, all under the SDK package. */
export interface SdkPaths {
  root: string;
  topDocs: string;
  manifest: string;
  ir: string;
  generated: string;
}

/** The workspace root: the nearest folder holding pnpm-workspace.yaml, from `start` upward. */
export function findWorkspaceRoot(start = process.cwd()): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function sdkPaths(root: string): SdkPaths {
  const sdk = join(root, "packages", "sdk");
  return {
    root,
    topDocs: join(sdk, "top-docs"),
    manifest: join(sdk, "top-docs", "manifest.json"),
    ir: join(sdk, "ir"),
    // Built, never committed (see .gitignore): the published API files and registry.json.
    generated: join(sdk, "generated"),
  };
}
