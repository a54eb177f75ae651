import type { IrParam, ParamType } from "@topkit/sdk/ir";

/** How the SDK types a scalar on the response side (DESIGN.md "Types"). */
const SCALAR_TS: Record<Exclude<ParamType, "struct" | "array">, string> = {
  string: "string",
  long: "bigint",
  double: "number",
  boolean: "boolean",
  date: "Date",
  price: "string",
  json: "unknown",
  map: "Record<string, string>",
  file: "FileItem",
  unknown: "unknown",
};

/** The TypeScript type of a param as the SDK's generated class declares it (response side). */
export function tsTypeOf(p: IrParam): string {
  if (p.type === "struct") return p.structName ?? "unknown";
  if (p.type === "array") {
    const scalar =
      p.itemType === undefined || p.itemType === "struct" || p.itemType === "array" ? undefined : p.itemType;
    const item = p.structName ?? (scalar ? SCALAR_TS[scalar] : "unknown");
    return `${item.includes(" ") ? `(${item})` : item}[]`;
  }
  return SCALAR_TS[p.type];
}

/** Whether a param is (a list of) a struct with its own fields: such params get a struct section. */
export function isStructParam(p: IrParam): boolean {
  return p.structName !== undefined && (p.type === "struct" || p.type === "array") && p.children.length > 0;
}
