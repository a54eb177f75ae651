import type { FieldSpec } from "./spec.js";

/** Blank values are neither signed nor sent, so for checking they count as absent. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * The request's values re-keyed by wire name (nested structs too), absent ones dropped,
 * so that validation errors carry wire paths such as `req.data`.
 */
export function checkTree(fields: readonly FieldSpec[], value: object): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const spec of fields) {
    const v = source[spec.field];
    if (isAbsent(v)) continue;
    out[spec.name] = checkValue(spec, v);
  }
  return out;
}

function checkValue(spec: FieldSpec, value: unknown): unknown {
  const struct = spec.struct?.();
  if (!struct || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === "object" && v !== null ? checkTree(struct.$fields, v) : v));
  }
  return checkTree(struct.$fields, value);
}
