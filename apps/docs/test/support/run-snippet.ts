import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";

const run = promisify(execFile);

/**
 * Runs a TypeScript snippet as a Node ES module: types stripped by TypeScript's own transpiler, written
 * into `dir` (inside apps/docs, so `@topkit/sdk` resolves as it would for a user) and run there. Resolves to stdout;
 * rejects with stderr when the program fails.
 */
export async function runSnippet(
  name: string,
  code: string,
  dir: string,
  env: Readonly<Record<string, string>> = {},
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, js);
  // Run in `dir`, so a snippet's relative paths (`FileItem.fromPath("./file.jpg")`) are read there.
  const { stdout } = await run(process.execPath, [file], {
    cwd: dir,
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return stdout;
}
