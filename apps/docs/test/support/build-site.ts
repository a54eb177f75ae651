import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { docsRoot } from "./paths.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** A workspace package's bin script, found through node_modules like any dependency. */
export function binOf(pkg: string, bin: string): string {
  const pkgJson = require.resolve(`${pkg}/package.json`);
  const bins = (require(pkgJson) as { bin?: string | Record<string, string> }).bin;
  const rel = typeof bins === "string" ? bins : bins?.[bin];
  if (!rel) throw new Error(`${pkg} has no bin "${bin}"`);
  return join(dirname(pkgJson), rel);
}

/** `topkit-codegen parse <files> --out <dir>`: the codegen CLI, as `pnpm codegen parse` runs it. */
export async function parseDocs(files: readonly string[], out: string): Promise<void> {
  await run(process.execPath, [binOf("@topkit/codegen", "topkit-codegen"), "parse", ...files, "--out", out], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** `vitepress build docs` from an IR folder into `outDir`; resolves to the wall time in seconds. */
export async function buildSite(irDir: string, outDir: string): Promise<number> {
  const started = performance.now();
  await run(process.execPath, [binOf("vitepress", "vitepress"), "build", "docs"], {
    cwd: docsRoot,
    env: { ...process.env, TOPKIT_DOCS_IR: irDir, TOPKIT_DOCS_OUT: outDir },
    maxBuffer: 64 * 1024 * 1024,
  });
  return (performance.now() - started) / 1000;
}
