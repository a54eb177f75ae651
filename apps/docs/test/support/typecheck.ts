import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** Options a user's strict ESM project would have (the repo's own base options). */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts"],
  types: ["node"],
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
};

/**
 * Type-checks each snippet as its own ES module (`<name>.mts`, so top-level await works) in `dir`, which
 * must sit inside apps/docs so that `@topkit/sdk` resolves to the workspace package, as it would for a
 * user. Returns the diagnostics of each snippet, formatted; an empty list means it type-checks.
 */
export function typeCheck(snippets: ReadonlyMap<string, string>, dir: string): Map<string, string[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, string>();
  for (const [name, code] of snippets) {
    const file = join(dir, `${name}.mts`);
    writeFileSync(file, code);
    files.set(file, name);
  }
  const program = ts.createProgram([...files.keys()], OPTIONS);
  const out = new Map([...snippets.keys()].map((name) => [name, [] as string[]]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file ? files.get(d.file.fileName) : undefined;
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    const text = `line ${where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    // A diagnostic outside the snippets (a broken SDK typing, say) is charged to every snippet.
    for (const [n, list] of out) if (name === undefined || name === n) list.push(text);
  }
  return out;
}
