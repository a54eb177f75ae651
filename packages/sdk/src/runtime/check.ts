import { ApiRuleError } from "../errors/index.js";
import { INT64_RANGE_REASON, int64Of, isIntegerText, limitPhrase } from "../ir/doc-values.js";
import { formatIssuePath } from "../ir/errors.js";
import { FileItem } from "./file-item.js";
import type { FieldSpec } from "./spec.js";

// Validation of a request against its fields (`check()`), in one pass: the first broken rule, with its wire
// path, or nothing. It runs before every call, so it allocates nothing while values pass; the path is built
// only on the way back out of a failure. The rules are docs/architecture.md "Types".

/** The first rule a value breaks: code 40 (missing) or 41 (type or limit), the reason and the wire path. */
export interface RuleFailure {
  readonly code: "40" | "41";
  readonly reason: string;
  /** Wire path segments, innermost first while the failure travels out; `checkFields` reverses it. */
  readonly path: (string | number)[];
}

/** The reason given for a missing required value. */
export const REQUIRED = "required";

/** Blank values are neither signed nor sent, so for checking they count as absent. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null && !Array.isArray(v);
const isFiniteNumberText = (v: unknown) => typeof v === "string" && v.trim() !== "" && Number.isFinite(+v);

/** Shape of a `Number` value: bigint, safe-integer number or decimal digits (its range is checked apart). */
const isLong = (v: unknown) =>
  typeof v === "bigint" ||
  (typeof v === "number" && Number.isSafeInteger(v)) ||
  (typeof v === "string" && isIntegerText(v.trim()));

/** For each scalar type: whether a value has its shape, and what was expected; other types take any value. */
const SCALAR_TESTS: Readonly<Record<string, readonly [(v: unknown) => boolean, string]>> = {
  string: [(v) => typeof v === "string", "expected text"],
  long: [isLong, "expected an integer (bigint, safe integer or decimal digits)"],
  double: [(v) => (typeof v === "number" && Number.isFinite(v)) || isFiniteNumberText(v), "expected a finite number"],
  boolean: [(v) => typeof v === "boolean" || v === "true" || v === "false", "expected true or false"],
  date: [
    (v) => (v instanceof Date && !Number.isNaN(v.getTime())) || typeof v === "string",
    "expected a Date or `yyyy-MM-dd HH:mm:ss` text",
  ],
  price: [(v) => (typeof v === "number" && Number.isFinite(v)) || typeof v === "string", "expected a decimal amount"],
  map: [(v) => isObject(v) || typeof v === "string", "expected an object of text values"],
  file: [(v) => v instanceof FileItem, "expected a FileItem"],
};

/** Why a present scalar value does not fit `type`, or undefined when it does. */
function scalarProblem(type: string, v: unknown): string | undefined {
  const test = SCALAR_TESTS[type];
  if (test && !test[0](v)) return test[1];
  if (type === "long" && typeof v !== "number" && int64Of(v) === undefined) return INT64_RANGE_REASON;
  return undefined;
}

/** Compares a long-ish or double-ish value with a limit without losing 64-bit precision. */
export function compareNumber(value: unknown, limit: number): number {
  if (Number.isInteger(limit) && isLong(value)) {
    const v = BigInt(typeof value === "string" ? value.trim() : (value as bigint | number));
    const l = BigInt(limit);
    return v < l ? -1 : v > l ? 1 : 0;
  }
  const n = Number(value);
  return n < limit ? -1 : n > limit ? 1 : 0;
}

/** Items of an array param given as an array or as comma-joined text. */
const listItems = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [value];

/** One of the doc's limits (更多限制) on a field: what a value must pass, and the reason when it does not. */
interface LimitRule {
  readonly test: (v: unknown) => boolean;
  readonly reason: string;
}

/** The field's limits as rules, in the order they are checked. */
function limitRules(spec: FieldSpec): LimitRule[] {
  const { maxLength, maxListSize, maxValue, minValue, type } = spec;
  const rules: LimitRule[] = [];
  if (maxLength !== undefined) {
    const size = type === "file" ? (v: unknown) => (v as FileItem).knownSize ?? 0 : (v: unknown) => String(v).length;
    rules.push({ test: (v) => size(v) <= maxLength, reason: limitPhrase("maxLength", maxLength, type) });
  }
  if (maxListSize !== undefined)
    rules.push({ test: (v) => listItems(v).length <= maxListSize, reason: limitPhrase("maxListSize", maxListSize) });
  if (maxValue !== undefined)
    rules.push({ test: (v) => compareNumber(v, maxValue) <= 0, reason: limitPhrase("maxValue", maxValue) });
  if (minValue !== undefined)
    rules.push({ test: (v) => compareNumber(v, minValue) >= 0, reason: limitPhrase("minValue", minValue) });
  return rules;
}

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

const failure = (code: "40" | "41", reason: string): RuleFailure => ({ code, reason, path: [] });

/** One value of `type` (a field's, or one item of a list): its shape, and a struct's own fields below it. */
function valueFailure(spec: FieldSpec, type: FieldSpec["type"], v: unknown): RuleFailure | undefined {
  // Only a list item can be undefined here (absent fields are skipped): a hole in a list is a missing value.
  if (v === undefined) return failure("40", REQUIRED);
  if (type === "struct" && spec.struct) {
    return isObject(v) ? firstFailure(spec.struct().$fields, v) : failure("41", "expected an object");
  }
  const problem = scalarProblem(type, v);
  return problem === undefined ? undefined : failure("41", problem);
}

/** A present field: its value (each item of a list), then the doc's limits on the whole value. */
function fieldFailure(spec: FieldSpec, v: unknown): RuleFailure | undefined {
  if (spec.type === "array") {
    if (Array.isArray(v)) {
      const type = spec.item ?? "unknown";
      for (let i = 0; i < v.length; i++) {
        const f = valueFailure(spec, type, v[i]);
        if (f) {
          f.path.push(i);
          return f;
        }
      }
      // Comma-joined text is checked for its count only.
    } else if (typeof v !== "string") return failure("41", "expected a list");
  } else {
    const f = valueFailure(spec, spec.type, v);
    if (f) return f;
  }
  for (const rule of rules(spec)) if (!rule.test(v)) return failure("41", rule.reason);
  return undefined;
}

/** The first rule `value` breaks, fields in their declared order, nested structs depth first. */
export function firstFailure(fields: readonly FieldSpec[], value: object): RuleFailure | undefined {
  const source = value as Record<string, unknown>;
  for (const spec of fields) {
    const v = source[spec.field];
    const f = isAbsent(v) ? (spec.required ? failure("40", REQUIRED) : undefined) : fieldFailure(spec, v);
    if (f) {
      f.path.push(spec.name);
      return f;
    }
  }
  return undefined;
}

/** Validates `value` against `fields`; throws the first problem as an `ApiRuleError` (40 or 41). */
export function checkFields(fields: readonly FieldSpec[], value: object): void {
  const f = firstFailure(fields, value);
  if (f) throw new ApiRuleError(f.code, formatIssuePath(f.path.reverse()), f.reason);
}
