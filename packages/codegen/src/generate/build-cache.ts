import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { MethodNameSchema } from "@topkit/sdk/ir";
import type { ApiMeta } from "../emit/api-meta.js";
import { writeFileAtomic } from "../fs/write-tree.js";
import { sha256 } from "../parse/context.js";

/** One output file as a run wrote it: its hash, and size and mtime for a cheap "still the same?" check. */
export interface OutputRecord {
  sha256: string;
  size: number;
  mtimeMs: number;
}

/** What one API's outputs were made from, and what they were. */
export interface CacheEntry {
  /** Hash of everything the outputs depend on besides the generator (doc bytes, manifest facts, options). */
  input: string;
  /** By `<tree>/<path>` (`ir/x.json`, `code/apis/x.ts`). */
  outputs: Record<string, OutputRecord>;
  meta: ApiMeta;
  /** The doc input as last read and checked against the manifest (`generate` only). */
  source?: OutputRecord | undefined;
}

/** The files made from all APIs together (index, registry): reused while no API's metadata changes. */
export type SharedEntry = Pick<CacheEntry, "input" | "outputs">;

export interface BuildCache {
  /** `generatorFingerprint()` of the run that wrote it: a cache from other generator code is ignored. */
  fingerprint: string;
  apis: Record<string, CacheEntry>;
  shared?: SharedEntry | undefined;
}

// The cache is local state, but its names end up in generated code: accept only what the generator makes.
// Checked by hand rather than with a zod schema: 5,000 entries took a quarter of a no-change run.
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const isString = (v: unknown): v is string => typeof v === "string";
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function isOutputs(v: unknown): v is Record<string, OutputRecord> {
  if (!isObject(v)) return false;
  return Object.values(v).every(
    (r) => isObject(r) && isString(r.sha256) && typeof r.size === "number" && typeof r.mtimeMs === "number",
  );
}

function isMeta(v: unknown): v is ApiMeta {
  if (!isObject(v) || !isObject(v.javaNames)) return false;
  const { request, response, responseKey } = v.javaNames;
  return (
    MethodNameSchema.safeParse(v.method).success &&
    isString(v.title) &&
    (v.category === undefined || isString(v.category)) &&
    (v.docId === undefined || Number.isInteger(v.docId)) &&
    typeof v.needsSession === "boolean" &&
    isString(request) &&
    IDENTIFIER.test(request) &&
    isString(response) &&
    IDENTIFIER.test(response) &&
    isString(responseKey)
  );
}

function isBuildCache(v: unknown): v is BuildCache {
  if (!isObject(v) || !isString(v.fingerprint) || !isObject(v.apis)) return false;
  if (v.shared !== undefined && !(isObject(v.shared) && isString(v.shared.input) && isOutputs(v.shared.outputs))) {
    return false;
  }
  return Object.values(v.apis).every(
    (e) =>
      isObject(e) &&
      isString(e.input) &&
      isOutputs(e.outputs) &&
      isMeta(e.meta) &&
      (e.source === undefined || isOutputs({ source: e.source })),
  );
}

/** The cache of a previous run, if it was made by this very generator; anything unreadable is no cache. */
export function readBuildCache(path: string, fingerprint: string | undefined): BuildCache | undefined {
  if (!fingerprint || !existsSync(path)) return undefined;
  try {
    const cache: unknown = JSON.parse(readFileSync(path, "utf8"));
    return isBuildCache(cache) && cache.fingerprint === fingerprint ? cache : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records the cache once the outputs are in place: files written by this run get their size and mtime now
 * (they were entered with `size: -1`); kept files are hard links, so theirs have not changed.
 */
export function writeBuildCache(path: string, cache: BuildCache, dirs: Readonly<Record<string, string>>): void {
  const entries: Pick<CacheEntry, "outputs">[] = [
    ...Object.values(cache.apis),
    ...(cache.shared ? [cache.shared] : []),
  ];
  for (const entry of entries) {
    for (const [key, record] of Object.entries(entry.outputs)) {
      if (record.size >= 0) continue;
      const stat = statSync(outputPath(key, dirs)!);
      entry.outputs[key] = { sha256: record.sha256, size: stat.size, mtimeMs: stat.mtimeMs };
    }
  }
  writeFileAtomic(path, `${JSON.stringify(cache)}\n`);
}

/** An output as the cache records it before it is written: its hash; size and mtime once on disk. */
export const pendingOutput = (text: string): OutputRecord => ({ sha256: sha256(text), size: -1, mtimeMs: 0 });

function outputPath(key: string, dirs: Readonly<Record<string, string>>): string | undefined {
  const slash = key.indexOf("/");
  const dir = dirs[key.slice(0, slash)];
  return dir === undefined ? undefined : join(dir, key.slice(slash + 1));
}

/** True when the file is what the record says: same size and mtime, or else the same bytes. */
function isIntact(path: string, record: OutputRecord): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return false;
  if (stat.size === record.size && stat.mtimeMs === record.mtimeMs) return true;
  if (sha256(readFileSync(path)) !== record.sha256) return false;
  // Same bytes, new mtime (a checkout, a copy): remember the new stat so the next run need not read it.
  record.size = stat.size;
  record.mtimeMs = stat.mtimeMs;
  return true;
}

/**
 * Whether an entry's outputs can be kept as they are: it was made for the same input, and every file it
 * wrote is still there unchanged (checked by size and mtime, or by content where those moved). Anything
 * else means "rebuild".
 */
export function outputsIntact(
  entry: Pick<CacheEntry, "input" | "outputs"> | undefined,
  input: string,
  dirs: Readonly<Record<string, string>>,
): boolean {
  if (!entry || entry.input !== input) return false;
  return Object.entries(entry.outputs).every(([key, record]) => {
    const path = outputPath(key, dirs);
    return path !== undefined && isIntact(path, record);
  });
}

/** The paths (inside their tree) of an entry's outputs in tree `tree`. */
export function outputsIn(entry: Pick<CacheEntry, "outputs">, tree: string): string[] {
  return Object.keys(entry.outputs)
    .filter((k) => k.startsWith(`${tree}/`))
    .map((k) => k.slice(tree.length + 1));
}

/** Where a run keeps its cache: `node_modules/.cache/topkit-codegen/` of the workspace, never in outputs. */
export function cachePath(root: string, name: string): string {
  return join(root, "node_modules", ".cache", "topkit-codegen", `${name}.json`);
}
