import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ApiIr } from "@topkit/sdk/ir";
import { emitApiModule } from "../../src/emit/emit-all.js";

/**
 * Emits one API module that imports the runtime from `@topkit/sdk` into test/.tmp (gitignored, inside the
 * package so the import resolves) and loads it: the generated code is exercised exactly as a user would.
 */
export async function emitAndLoad(ir: ApiIr, folder: string): Promise<Record<string, unknown>> {
  const dir = fileURLToPath(new URL(`../.tmp/${folder}/`, import.meta.url));
  mkdirSync(dir, { recursive: true });
  const path = `${dir}${ir.method}.ts`;
  writeFileSync(path, emitApiModule(ir, { runtime: "@topkit/sdk" }));
  return (await import(path)) as Record<string, unknown>;
}
