import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The workspace root: this file lives in `<root>/test-support/`. */
export const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * `../shared` (the corpus, conformance data, sign vectors), found from the workspace root or TOPKIT_SHARED,
 * never from a package's working directory. Undefined when absent; with CI=true absence is an error,
 * because CI always has it and a silent skip there would hide a broken check.
 */
export function sharedDir(): string | undefined {
  const dir = process.env.TOPKIT_SHARED ?? join(workspaceRoot, "..", "shared");
  if (existsSync(join(dir, "DESIGN.md"))) return dir;
  if (process.env.CI === "true") throw new Error(`../shared is missing (looked in ${dir}); CI must have it`);
  return undefined;
}

let noticed = false;

/** `sharedDir()`, printing a one-line notice (once per run) when tests that need it will skip. */
export function sharedOrNotice(): string | undefined {
  const dir = sharedDir();
  if (!dir && !noticed) {
    noticed = true;
    console.warn("notice: ../shared not found (set TOPKIT_SHARED); tests that need the corpus are skipped");
  }
  return dir;
}
