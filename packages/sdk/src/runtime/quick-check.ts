import { isAbsent } from "./check-tree.js";
import { isPresent, type LimitRule, limitRules, SCALAR_TESTS } from "./field-schema-parts.js";
import type { FieldSpec } from "./spec.js";

const rulesOf = new WeakMap<FieldSpec, readonly LimitRule[]>();

/** A field's limit rules, made once per field. */
function rules(spec: FieldSpec): readonly LimitRule[] {
  let out = rulesOf.get(spec);
  if (!out) {
    out = limitRules(spec);
    rulesOf.set(spec, out);
  }
  return out;
}

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null && !Array.isArray(v);

function valuePasses(spec: FieldSpec, type: FieldSpec["type"], v: unknown): boolean {
  if (type === "struct" && spec.struct) return isObject(v) && passesAll(spec.struct().$fields, v);
  return (SCALAR_TESTS[type]?.[0] ?? isPresent)(v);
}

function fieldPasses(spec: FieldSpec, v: unknown): boolean {
  if (spec.type === "array") {
    if (Array.isArray(v)) {
      const type = spec.item ?? "unknown";
      for (const item of v) if (!valuePasses(spec, type, item)) return false;
    } else if (typeof v !== "string") return false;
  } else if (!valuePasses(spec, spec.type, v)) return false;
  for (const rule of rules(spec)) if (!rule.test(v)) return false;
  return true;
}

/**
 * True when `value` keeps every rule of `fields`: the same tests and limits as the zod schema of
 * check.ts, without building the wire-keyed copy or running zod. `check()` runs on every call; only a
 * request that fails here goes through zod, which then names the first problem and its path.
 */
export function passesAll(fields: readonly FieldSpec[], value: object): boolean {
  const source = value as Record<string, unknown>;
  for (const spec of fields) {
    const v = source[spec.field];
    if (isAbsent(v)) {
      if (spec.required) return false;
    } else if (!fieldPasses(spec, v)) return false;
  }
  return true;
}
