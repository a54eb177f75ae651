import { formatPlainNumber } from "./lossless-stringify.js";
import { plainValue, RawNumber } from "./raw-number.js";
import { type FieldSpec, itemSpecOf, type StructClass } from "./spec.js";
import { parseTopDate } from "./top-date.js";

type Reader = (value: unknown) => unknown;

/** Text of a scalar as received, whatever the body format gave us; undefined for objects and arrays. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value instanceof RawNumber) return value.text;
  if (typeof value === "number") return formatPlainNumber(value);
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  return undefined;
}

// Each reader converts what JSON, simplify JSON or XML (all text) may hold; a value that does not
// convert is kept as received rather than dropped, so no data is lost to a doc that names the wrong type.
const readers: Record<string, Reader> = {
  string: (v) => scalarText(v) ?? plainValue(v),
  price: (v) => scalarText(v) ?? plainValue(v),
  long: (v) => {
    const t = scalarText(v)?.trim();
    return t !== undefined && /^-?\d+$/.test(t) ? BigInt(t) : plainValue(v);
  },
  double: (v) => {
    const t = scalarText(v);
    return t !== undefined && t.trim() !== "" && Number.isFinite(+t) ? +t : plainValue(v);
  },
  boolean: (v) => (v === true || v === "true" ? true : v === false || v === "false" ? false : plainValue(v)),
  date: (v) => {
    const t = scalarText(v);
    return (t !== undefined && parseTopDate(t)) || plainValue(v);
  },
};

/**
 * The items of a list as TOP sends it: a plain array (simplify), a `{"item": [...]}` wrapper (JSON),
 * a wrapper around one bare item (XML with a single element), or the bare item itself. `isItemKey`
 * tells a struct item's own field from a wrapper key when the object has just one key.
 */
export function listOf(value: unknown, isItemKey: (key: string) => boolean = () => false): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null || value === "") return [];
  if (typeof value === "object" && !(value instanceof RawNumber)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [];
    if (entries.length === 1 && !isItemKey(entries[0]![0])) {
      const inner = entries[0]![1];
      return Array.isArray(inner) ? inner : [inner];
    }
  }
  return [value];
}

/** Builds a typed struct instance from a parsed object. */
export function readStruct(Struct: StructClass, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof RawNumber) {
    return plainValue(value);
  }
  const instance = new Struct();
  readFieldsInto(instance, Struct.$fields, value as Record<string, unknown>);
  return instance;
}

/** Reads one field's value by its spec. */
export function readValue(spec: FieldSpec, value: unknown): unknown {
  if (spec.type === "array") {
    const itemSpec = itemSpecOf(spec);
    const itemFields = spec.item === "struct" ? spec.struct?.().$fields : undefined;
    const isItemKey = (key: string) => itemFields?.some((f) => f.name === key) ?? false;
    return listOf(value, isItemKey).map((v) => readValue(itemSpec, v));
  }
  if (spec.type === "struct" && spec.struct) return readStruct(spec.struct(), value);
  const reader = readers[spec.type];
  return reader ? reader(value) : plainValue(value);
}

/** Fills `target`'s properties from a parsed object keyed by wire names; unknown keys are ignored. */
export function readFieldsInto(target: object, fields: readonly FieldSpec[], source: Record<string, unknown>): void {
  const out = target as Record<string, unknown>;
  for (const spec of fields) {
    const v = source[spec.name];
    if (v === undefined || v === null) continue;
    out[spec.field] = readValue(spec, v);
  }
}
