import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** A folder of generated modules made a typecheckable ES module project importing `@topkit/sdk`. */
export function writeProjectFiles(dir: string, include: string): void {
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ private: true, type: "module" })}\n`);
  const compilerOptions = {
    target: "ES2022",
    lib: ["ES2022"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify({ compilerOptions, include: [include] }, null, 2)}\n`);
}

export interface TscResult {
  code: number | null;
  errors: string[];
}

/**
 * `tsc --noEmit -p <dir>` in a child process (the workspace's TypeScript, not ts-morph's), so 5,000 modules
 * are checked by the real compiler outside the test worker's heap. Rejects after `timeoutMs`.
 */
export function runTsc(dir: string, timeoutMs: number): Promise<TscResult> {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, "--noEmit", "-p", dir, "--pretty", "false"], { cwd: dir });
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`tsc did not finish in ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, errors: output.split("\n").filter((l) => /error TS\d+/.test(l)) });
    });
  });
}
