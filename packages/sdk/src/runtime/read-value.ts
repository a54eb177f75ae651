import { TopResponseValueError } from "../errors/index.js";
import { scalarOfText } from "../ir/doc-values.js";
import { formatPlainNumber, losslessStringify } from "./lossless-stringify.js";
import { plainValue, RawNumber } from "./raw-number.js";
import { type FieldSpec, itemSpecOf, type StructClass } from "./spec.js";
import { parseTopDate } from "./top-date.js";

/** Text of a scalar as received, whatever the body format gave us; undefined for objects and arrays. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value instanceof RawNumber) return value.text;
  if (typeof value === "number") return formatPlainNumber(value);
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  return undefined;
}

const shown = (v: unknown): string => {
  const text = scalarText(v);
  if (text !== undefined) return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  return Array.isArray(v) ? "a list" : "an object";
};

// Each reader gives the declared type or undefined when it cannot: the value is then refused with its
// path, so a typed field never holds anything but its type. Empty text (an empty XML element) is absent.
const readers: Record<string, (text: string | undefined) => unknown> = {
  long: (t) => (t === undefined ? undefined : scalarOfText("long", t)),
  double: (t) => (t === undefined ? undefined : scalarOfText("double", t)),
  boolean: (t) => (t === undefined ? undefined : scalarOfText("boolean", t)),
  date: (t) => (t === undefined ? undefined : parseTopDate(t)),
};

/** Text for a `string` or `price` field: scalars as received; an object or list (a doc that says String for JSON) as its JSON text. */
function textOf(value: unknown): string {
  return scalarText(value) ?? losslessStringify(plainValue(value));
}

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

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);

/** Builds a typed struct instance from a parsed object; throws TopResponseValueError for anything else. */
export function readStruct(Struct: StructClass, value: unknown, path = "$"): unknown {
  if (!isRecord(value)) throw new TopResponseValueError(path, "an object", shown(value));
  const instance = new Struct();
  readFieldsInto(instance, Struct.$fields, value, path);
  return instance;
}

/**
 * Reads one field's value by its spec into the declared type (`long` as a 64-bit bigint, `date` as a
 * Date, …), or undefined for empty text. A value that cannot be the type throws TopResponseValueError
 * naming `path`, rather than leaving a typed field holding something else.
 */
export function readValue(spec: FieldSpec, value: unknown, path: string = spec.name): unknown {
  if (value === "" && spec.type !== "string" && spec.type !== "price") return undefined;
  if (spec.type === "array") {
    const itemSpec = itemSpecOf(spec);
    const itemFields = spec.item === "struct" ? spec.struct?.().$fields : undefined;
    const isItemKey = (key: string) => itemFields?.some((f) => f.name === key) ?? false;
    return listOf(value, isItemKey).map((v, i) => readValue(itemSpec, v, `${path}[${i}]`));
  }
  if (spec.type === "struct" && spec.struct) return readStruct(spec.struct(), value, path);
  if (spec.type === "string" || spec.type === "price") return textOf(value);
  const reader = readers[spec.type];
  if (!reader) return plainValue(value);
  const out = reader(scalarText(value));
  if (out === undefined) throw new TopResponseValueError(path, spec.type, shown(value));
  return out;
}

/** Fills `target`'s properties from a parsed object keyed by wire names; unknown keys are ignored. */
export function readFieldsInto(
  target: object,
  fields: readonly FieldSpec[],
  source: Record<string, unknown>,
  path?: string,
): void {
  const out = target as Record<string, unknown>;
  for (const spec of fields) {
    const v = source[spec.name];
    if (v === undefined || v === null) continue;
    const read = readValue(spec, v, path === undefined ? spec.name : `${path}.${spec.name}`);
    if (read !== undefined) out[spec.field] = read;
  }
}
