import { readFileSync } from "node:fs";
import type { RegistryEntry } from "../runtime/registry-entry.js";

/**
 * `@topkit/sdk/registry`: every API of the SDK, listed without loading any of them (nor undici or zod),
 * and `load(method)` to import one on demand. The list is `generated/registry.json`, written by codegen
 * beside the API files; both `src/registry` and `dist/registry` sit two levels below the package root.
 */

export type { RegistryEntry } from "../runtime/registry-entry.js";

/** One row of `generated/registry.json` (codegen's `registryJson` writes these keys). */
interface RegistryRow {
  method: string;
  title: string;
  category?: string;
  docId?: number;
  needsSession: boolean;
  request: string;
  response: string;
}

const packageRoot = new URL("../../", import.meta.url);

let rows: readonly RegistryRow[] | undefined;

function readRows(): readonly RegistryRow[] {
  if (rows) return rows;
  const file = new URL("generated/registry.json", packageRoot);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(
      `@topkit/sdk: ${file.pathname} is missing: the package is incomplete (in the topkit repo, run \`pnpm build\`)`,
    );
  }
  rows = JSON.parse(text) as RegistryRow[];
  return rows;
}

/** Imports one API's module (its classes are built on import, from its IR). */
function importApi(row: RegistryRow): ReturnType<RegistryEntry["load"]> {
  const url = new URL(`generated/apis/${row.method}.mjs`, packageRoot).href;
  // biome-ignore lint/suspicious/noExplicitAny: a generated module's exports, typed by its declarations
  return import(url).then((m: Record<string, any>) => ({ Request: m[row.request], Response: m[row.response] }));
}

let byMethod: Readonly<Record<string, RegistryEntry>> | undefined;

/** Every API by method name: what its IR says (title, category, class names…) and `load()` for its classes. */
export function apis(): Readonly<Record<string, RegistryEntry>> {
  if (byMethod) return byMethod;
  const out: Record<string, RegistryEntry> = Object.create(null);
  for (const row of readRows()) {
    out[row.method] = { ...row, load: () => importApi(row) };
  }
  byMethod = Object.freeze(out);
  return byMethod;
}

/** The sorted method names of every API. */
export function methods(): string[] {
  return readRows().map((r) => r.method);
}

/** Loads one API's request and response classes; a method the SDK lacks is an error naming what to do. */
export function load(method: string): ReturnType<RegistryEntry["load"]> {
  const entry = Object.hasOwn(apis(), method) ? apis()[method] : undefined;
  if (!entry) {
    return Promise.reject(
      new Error(`@topkit/sdk has no API ${JSON.stringify(method)}; list them with \`topkit apis --search <word>\``),
    );
  }
  return entry.load();
}
