import { isIntegerText } from "../ir/doc-values.js";
import { toStructValue } from "./assign.js";
import { formatPlainNumber, losslessStringify } from "./lossless-stringify.js";
import { type FieldSpec, fieldsOf, itemSpecOf } from "./spec.js";
import { formatTopDate } from "./top-date.js";

/** A scalar as it appears inside struct JSON: 64-bit as bigint (bare digits), dates as GMT+8 text. */
function jsonScalar(type: FieldSpec["type"], value: unknown): unknown {
  switch (type) {
    case "long":
      if (typeof value === "string" && isIntegerText(value.trim())) return BigInt(value.trim());
      return value;
    case "date":
      return value instanceof Date ? formatTopDate(value) : value;
    default:
      return value;
  }
}

/** A struct instance or literal as a plain tree keyed by wire names, in doc order, absent fields dropped. */
export function structToWireTree(fields: readonly FieldSpec[], value: object): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const spec of fields) {
    const v = source[spec.field];
    if (v === undefined || v === null) continue;
    out[spec.name] = wireTreeValue(spec, v);
  }
  return out;
}

/** One field's value as it goes inside struct JSON. */
export function wireTreeValue(spec: FieldSpec, value: unknown): unknown {
  if (spec.type === "struct" && spec.struct && typeof value === "object" && value !== null) {
    const instance = toStructValue(spec, value) as object;
    return structToWireTree(fieldsOf(instance), instance);
  }
  if (spec.type === "array" && Array.isArray(value)) {
    const itemSpec = itemSpecOf(spec);
    return value.map((v) => (v === null || v === undefined ? null : wireTreeValue(itemSpec, v)));
  }
  if (spec.type === "json" && typeof value === "string") return value;
  return jsonScalar(spec.type, value);
}

/** A scalar as a text param: exact digits for 64-bit, GMT+8 dates, `true`/`false`. */
function scalarText(type: FieldSpec["type"], value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return formatPlainNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return formatTopDate(value);
  if (type === "map" || type === "json" || type === "unknown" || typeof value === "object") {
    return losslessStringify(value);
  }
  return String(value);
}

/**
 * One top-level request field as the text that is signed and sent (docs/architecture.md "Types", wire column):
 * structs and struct arrays as JSON, scalar arrays comma-joined, everything else via `scalarText`.
 */
export function wireText(spec: FieldSpec, value: unknown): string {
  if (spec.type === "struct" || (spec.type === "array" && (spec.item === "struct" || spec.item === "json"))) {
    if (typeof value === "string") return value;
    return losslessStringify(wireTreeValue(spec, value));
  }
  if (spec.type === "array" && Array.isArray(value)) {
    return value.map((v) => scalarText(spec.item ?? "string", v)).join(",");
  }
  return scalarText(spec.type, value);
}
