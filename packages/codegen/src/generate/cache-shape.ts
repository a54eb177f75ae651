import { MethodNameSchema } from "@topkit/sdk/ir";
import type { ApiMeta } from "../emit/api-meta.js";

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

export function isBuildCache(v: unknown): v is BuildCache {
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
