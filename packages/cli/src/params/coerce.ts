import { type FieldSpec, parseLosslessJson, plainValue, RawNumber } from "@topkit/sdk";
import { type ParamType, scalarOfText } from "@topkit/sdk/ir";
import { usageError } from "../cli-error.js";
import { fileFromPath } from "./file-param.js";
import { membersOf, typeName } from "./paths.js";

// Values typed by the fields of the API's generated request class (`$fields`: wire name, property name, type,
// struct class), with the SDK's own rule for reading a long, double or boolean from text (`scalarOfText`).

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);

/** The type of the value at a place: the field's own, or its item type inside its list. */
const typeAt = (spec: FieldSpec, item: boolean): ParamType => (item ? (spec.item ?? "unknown") : spec.type);

/** JSON text parsed losslessly (numbers as RawNumber), or undefined when it is not JSON. */
export function tryJson(text: string): { value: unknown } | undefined {
  try {
    return { value: parseLosslessJson(text) };
  } catch {
    return undefined;
  }
}

/**
 * A scalar typed from its text: longs as bigint (exact), doubles as numbers, `true`/`false` as booleans (the
 * SDK's `scalarOfText`), JSON for json/map/unknown. Text that does not fit stays text, so the SDK's check
 * names the param and what it expected (code 41) rather than the CLI guessing.
 */
function scalarFromText(type: ParamType, text: string): unknown {
  if (type === "json" || type === "map" || type === "unknown") {
    const parsed = tryJson(text.trim());
    return parsed ? plainValue(parsed.value) : text;
  }
  return scalarOfText(type, text) ?? text;
}

/** The value of a `--set` text at a field (or one of its list elements), typed by its spec. */
export function valueFromText(spec: FieldSpec, item: boolean, text: string, where: string): unknown {
  const type = typeAt(spec, item);
  if (type === "struct") {
    const parsed = tryJson(text);
    if (!parsed || !isObject(parsed.value)) {
      const member = membersOf(spec)[0]?.name ?? "name";
      throw usageError(
        `${where}: expected a JSON object (${typeName(spec, item)})`,
        `or set its members one by one: --set ${where}.${member}=…`,
      );
    }
    return valueFromJson(spec, item, parsed.value, where);
  }
  if (type === "array") {
    const t = text.trim();
    if (t.startsWith("[")) {
      const parsed = tryJson(t);
      if (!parsed || !Array.isArray(parsed.value)) throw usageError(`${where}: not a valid JSON list`);
      return valueFromJson(spec, false, parsed.value, where);
    }
    if (spec.item === "struct") {
      throw usageError(`${where}: expected a JSON list of ${typeName(spec, true)}`, `or --set ${where}[0].…=…`);
    }
    return t === "" ? [] : t.split(",").map((s, i) => valueFromText(spec, true, s.trim(), `${where}[${i}]`));
  }
  return scalarFromText(type, text);
}

/** A JSON number at a scalar param: exact integers for longs, numbers for doubles, digits as text otherwise. */
function scalarFromNumber(type: ParamType, n: RawNumber): unknown {
  if (type === "long") return scalarOfText(type, n.text) ?? n.text;
  if (type === "double") return Number(n.text);
  if (type === "json" || type === "map" || type === "unknown") return n.toValue();
  return n.text;
}

/** The value of a `--json` member at a field, typed by its spec; null means absent. */
export function valueFromJson(spec: FieldSpec, item: boolean, v: unknown, where: string): unknown {
  if (v === null || v === undefined) return undefined;
  const type = typeAt(spec, item);
  if (type === "struct") {
    if (!isObject(v)) throw usageError(`${where}: expected an object (${typeName(spec, item)})`);
    return objectFromJson(membersOf(spec), v, where);
  }
  if (type === "array") {
    if (Array.isArray(v)) return v.map((x, i) => valueFromJson(spec, true, x, `${where}[${i}]`));
    if (typeof v === "string") return valueFromText(spec, false, v, where);
    throw usageError(`${where}: expected a list (${typeName(spec)})`);
  }
  if (type === "file") {
    if (typeof v !== "string") throw usageError(`${where}: expected a file path`);
    return fileFromPath(v, where);
  }
  if (v instanceof RawNumber) return scalarFromNumber(type, v);
  if (typeof v === "string")
    return type === "long" || type === "double" || type === "boolean" ? scalarFromText(type, v) : v;
  if (typeof v === "boolean" && (type === "string" || type === "price")) return String(v);
  return plainValue(v);
}

/**
 * A `--json` object (wire names, or the SDK's property names) typed member by member, keyed by the class's
 * property names (what its constructor takes); unknown names are refused.
 */
export function objectFromJson(
  fields: readonly FieldSpec[],
  obj: Record<string, unknown>,
  prefix: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(obj)) {
    const where = prefix === "" ? key : `${prefix}.${key}`;
    // The class's own property names (a clash may rename one), so a name the class has is a name accepted here.
    const spec = fields.find((f) => f.name === key) ?? fields.find((f) => f.field === key);
    if (!spec) {
      const known = fields.map((f) => (prefix === "" ? f.name : `${prefix}.${f.name}`)).join(", ") || "(none)";
      throw usageError(`unknown param "${where}"`, `known here: ${known}; see \`topkit describe <method>\``);
    }
    const value = valueFromJson(spec, false, v, where);
    if (value !== undefined)
      Object.defineProperty(out, spec.field, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
