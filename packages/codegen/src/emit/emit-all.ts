import type { ApiIr } from "@topkit/sdk/ir";
import type { ApiMeta } from "./api-meta.js";
import { apiModuleStructure } from "./api-module.js";
import { indexModuleStructure } from "./index-module.js";
import { printStructure } from "./print.js";
import { registryModuleStructure } from "./registry-module.js";

export interface EmitOptions {
  /**
   * Where generated modules import the runtime from. Default: the SDK's own source layout
   * (`../../runtime/index.js` from `apis/`); pass `@topkit/sdk` to emit outside the SDK.
   */
  runtime?: string | undefined;
  /** Called before each module is printed (progress; tests inject failures here). */
  onModule?: ((method: string, index: number, total: number) => void) | undefined;
}

/** `apis/<method>.ts` for one API. */
export function emitApiModule(ir: ApiIr, options: EmitOptions = {}): string {
  const structure = apiModuleStructure(ir);
  if (options.runtime) retargetImports(structure, options.runtime);
  return printStructure(`/apis/${ir.method}.ts`, structure);
}

function retargetImports(structure: ReturnType<typeof apiModuleStructure>, runtime: string): void {
  for (const s of structure.statements as { moduleSpecifier?: string }[]) {
    if (typeof s === "object" && s.moduleSpecifier?.includes("runtime/index.js")) s.moduleSpecifier = runtime;
  }
}

const byMethod = <T extends { method: string }>(a: T, b: T) => (a.method < b.method ? -1 : a.method > b.method ? 1 : 0);

/** `index.ts` and `registry.ts` for these APIs (in method order, whatever order they come in). */
export function emitIndexAndRegistry(apis: readonly ApiMeta[], options: EmitOptions = {}): Map<string, string> {
  const sorted = [...apis].sort(byMethod);
  const registry = registryModuleStructure(sorted);
  if (options.runtime) retargetImports(registry, options.runtime);
  return new Map([
    ["index.ts", printStructure("/index.ts", indexModuleStructure(sorted))],
    ["registry.ts", printStructure("/registry.ts", registry)],
  ]);
}

/** Relative path -> text of every generated file for these APIs (sorted by method, so output is stable). */
export function emitAll(irs: readonly ApiIr[], options: EmitOptions = {}): Map<string, string> {
  const sorted = [...irs].sort(byMethod);
  const files = new Map<string, string>();
  sorted.forEach((ir, i) => {
    options.onModule?.(ir.method, i, sorted.length);
    files.set(`apis/${ir.method}.ts`, emitApiModule(ir, options));
  });
  for (const [path, text] of emitIndexAndRegistry(sorted, options)) files.set(path, text);
  return files;
}
