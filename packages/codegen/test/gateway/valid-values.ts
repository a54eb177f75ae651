// Values a correct caller would send for an IR's params, made without topkit's client: the smallest value
// of each type inside the doc's limits. Structs hold their required fields only, in the doc's (= the Java
// class's) field order.
import type { IrParam, ParamType } from "@topkit/sdk/ir";

/** 1, moved inside the doc's minValue/maxValue. */
function numberInLimits(p: IrParam): number {
  const { minValue, maxValue } = p.constraints;
  let v = 1;
  if (minValue !== undefined && v < minValue) v = Math.ceil(minValue);
  if (maxValue !== undefined && v > maxValue) v = Math.floor(maxValue);
  return v;
}

/** A scalar of `type` as wire text. */
export function scalarText(p: IrParam, type: ParamType): string {
  switch (type) {
    case "long":
    case "double":
    case "price":
      return String(numberInLimits(p));
    case "boolean":
      return "true";
    case "date":
      return "2024-05-01 08:30:00";
    case "map":
    case "json":
    case "struct":
      return "{}";
    default:
      return "a".slice(0, p.constraints.maxLength ?? 1);
  }
}

/** A struct's required fields as a JSON-ready object, in field order. */
export function structValue(children: readonly IrParam[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of children)
    if (c.required) Object.defineProperty(out, c.name, { value: jsonValue(c), enumerable: true });
  return out;
}

/** A param's value inside struct JSON: numbers and booleans as JSON's own, lists as arrays. */
function jsonValue(p: IrParam): unknown {
  if (p.type === "array") return [p.children.length > 0 ? structValue(p.children) : itemJson(p)];
  if (p.children.length > 0) return structValue(p.children);
  return scalarJson(p, p.type);
}

const itemJson = (p: IrParam) => scalarJson(p, p.itemType ?? "string");

function scalarJson(p: IrParam, type: ParamType): unknown {
  const text = scalarText(p, type);
  if (type === "long" || type === "double") return Number(text);
  if (type === "boolean") return true;
  if (type === "map" || type === "json" || type === "struct") return {};
  return text;
}

const JSON_ITEMS: readonly (ParamType | undefined)[] = ["struct", "json", "map"];

/** A top-level text param's wire text: struct (list) JSON, a comma list of scalars, or the scalar. */
export function paramText(p: IrParam): string {
  if (p.children.length > 0 || (p.type === "array" && JSON_ITEMS.includes(p.itemType))) {
    return JSON.stringify(jsonValue(p));
  }
  if (p.type === "array") return scalarText(p, p.itemType ?? "string");
  return scalarText(p, p.type);
}

/** Whether the API takes a file it cannot do without. */
export const needsFile = (params: readonly IrParam[]) => params.some((p) => p.required && p.type === "file");
