import { parseLosslessJson, plainValue, RawNumber } from "@topkit/sdk";
import { classMembers, type IrParam, isIntegerText, type ParamType } from "@topkit/sdk/ir";
import { usageError } from "../cli-error.js";
import { fileFromPath } from "./file-param.js";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);

/** The type of the value at a place: the param's own, or its item type inside its list. */
const typeAt = (p: IrParam, item: boolean): ParamType => (item ? (p.itemType ?? "unknown") : p.type);

/** JSON text parsed losslessly (numbers as RawNumber), or undefined when it is not JSON. */
export function tryJson(text: string): { value: unknown } | undefined {
  try {
    return { value: parseLosslessJson(text) };
  } catch {
    return undefined;
  }
}

/**
 * A scalar typed from its text: longs as bigint (exact), doubles as numbers, `true`/`false` as booleans,
 * JSON for json/map/unknown. Text that does not fit stays text, so the SDK's check names the param
 * and what it expected (code 41) rather than the CLI guessing.
 */
function scalarFromText(type: ParamType, text: string): unknown {
  const t = text.trim();
  switch (type) {
    case "long":
      return isIntegerText(t) ? BigInt(t) : text;
    case "double":
      return t !== "" && Number.isFinite(Number(t)) ? Number(t) : text;
    case "boolean":
      return t === "true" ? true : t === "false" ? false : text;
    case "json":
    case "map":
    case "unknown": {
      const parsed = tryJson(t);
      return parsed ? plainValue(parsed.value) : text;
    }
    default:
      return text;
  }
}

/** The value of a `--set` text at a param (or one of its list elements), typed by the IR. */
export function valueFromText(p: IrParam, item: boolean, text: string, where: string): unknown {
  const type = typeAt(p, item);
  if (type === "struct") {
    const parsed = tryJson(text);
    if (!parsed || !isObject(parsed.value)) {
      const member = p.children[0]?.name ?? "name";
      throw usageError(
        `${where}: expected a JSON object (${p.structName ?? p.docType})`,
        `or set its members one by one: --set ${where}.${member}=…`,
      );
    }
    return valueFromJson(p, item, parsed.value, where);
  }
  if (type === "array") {
    const t = text.trim();
    if (t.startsWith("[")) {
      const parsed = tryJson(t);
      if (!parsed || !Array.isArray(parsed.value)) throw usageError(`${where}: not a valid JSON list`);
      return valueFromJson(p, false, parsed.value, where);
    }
    if (p.itemType === "struct") {
      throw usageError(`${where}: expected a JSON list of ${p.structName ?? "objects"}`, `or --set ${where}[0].…=…`);
    }
    return t === "" ? [] : t.split(",").map((s, i) => valueFromText(p, true, s.trim(), `${where}[${i}]`));
  }
  return scalarFromText(type, text);
}

/** A JSON number at a scalar param: exact integers for longs, numbers for doubles, digits as text otherwise. */
function scalarFromNumber(type: ParamType, n: RawNumber): unknown {
  if (type === "long") return isIntegerText(n.text) ? BigInt(n.text) : n.text;
  if (type === "double") return Number(n.text);
  if (type === "json" || type === "map" || type === "unknown") return n.toValue();
  return n.text;
}

/** The value of a `--json` member at a param, typed by the IR; null means absent. */
export function valueFromJson(p: IrParam, item: boolean, v: unknown, where: string): unknown {
  if (v === null || v === undefined) return undefined;
  const type = typeAt(p, item);
  if (type === "struct") {
    if (!isObject(v)) throw usageError(`${where}: expected an object (${p.structName ?? p.docType})`);
    return objectFromJson(p.children, v, where);
  }
  if (type === "array") {
    if (Array.isArray(v)) return v.map((x, i) => valueFromJson(p, true, x, `${where}[${i}]`));
    if (typeof v === "string") return valueFromText(p, false, v, where);
    throw usageError(`${where}: expected a list (${p.docType})`);
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

/** A `--json` object (wire names, or the SDK's field names) typed member by member; unknown names are refused. */
export function objectFromJson(
  params: readonly IrParam[],
  obj: Record<string, unknown>,
  prefix: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // The SDK's own member names (a clash may rename one), so a name the class has is a name accepted here.
  const members = classMembers(params, prefix === "" ? "request" : "struct");
  for (const [key, v] of Object.entries(obj)) {
    const where = prefix === "" ? key : `${prefix}.${key}`;
    const p = (members.find((m) => m.param.name === key) ?? members.find((m) => m.property === key))?.param;
    if (!p) {
      const known = params.map((x) => (prefix === "" ? x.name : `${prefix}.${x.name}`)).join(", ") || "(none)";
      throw usageError(`unknown param "${where}"`, `known here: ${known}; see \`topkit describe <method>\``);
    }
    const value = valueFromJson(p, false, v, where);
    if (value !== undefined)
      Object.defineProperty(out, p.name, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
