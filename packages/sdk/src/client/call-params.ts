import { FileItem } from "../runtime/file-item.js";
import { formatPlainNumber, losslessStringify } from "../runtime/lossless-stringify.js";
import { setOwn } from "../runtime/set-own.js";
import type { Described } from "../runtime/spec.js";
import { formatTopDate } from "../runtime/top-date.js";
import { structToWireTree } from "../runtime/wire-value.js";

/** Params of `call()`, split the way the request classes split theirs. */
export interface CallParams {
  readonly text: Record<string, string>;
  readonly files: Record<string, FileItem>;
}

const isScalar = (v: unknown) =>
  typeof v === "string" ||
  typeof v === "number" ||
  typeof v === "bigint" ||
  typeof v === "boolean" ||
  v instanceof Date;

/** A scalar as TOP expects it in a text param: exact digits, `true`/`false`, GMT+8 dates. */
function scalarText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatPlainNumber(v);
  if (v instanceof Date) return formatTopDate(v);
  return String(v);
}

/** A value as it goes inside JSON text: generated structs by wire name, Dates GMT+8, bigints bare. */
function jsonTree(v: unknown): unknown {
  if (v instanceof Date) return formatTopDate(v);
  if (Array.isArray(v)) return v.map(jsonTree);
  if (v === null || typeof v !== "object") return v;
  const fields = (v.constructor as Partial<Described>).$fields;
  if (fields) return structToWireTree(fields, v);
  const out: Record<string, unknown> = {};
  for (const [k, inner] of Object.entries(v)) setOwn(out, k, jsonTree(inner));
  return out;
}

/**
 * `call()`'s params as text params and files, by the wire rules of docs/architecture.md "Types" for APIs without a class:
 * objects -> JSON text, scalar arrays comma-joined, Dates GMT+8, bigints as exact digits; null and
 * undefined are left out.
 */
export function callParams(params: Readonly<Record<string, unknown>>): CallParams {
  const text: Record<string, string> = {};
  const files: Record<string, FileItem> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (value instanceof FileItem) files[name] = value;
    else if (isScalar(value)) text[name] = scalarText(value);
    else if (Array.isArray(value) && value.every(isScalar)) text[name] = value.map(scalarText).join(",");
    else text[name] = losslessStringify(jsonTree(value));
  }
  return { text, files };
}
