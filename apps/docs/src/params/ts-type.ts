import type { IrParam, ParamType } from "@topkit/sdk/ir";
import type { Side } from "./anchors.js";

type Scalar = Exclude<ParamType, "struct" | "array">;

/**
 * The TypeScript types the generated classes declare (DESIGN.md "Types"): the request side accepts the
 * wire-friendly forms, the response side is exact. The docs may not load codegen, so this restates its
 * table for display; a wrong entry shows up as a reference page that disagrees with the SDK's .d.ts.
 */
const TS_TYPES: Record<Side, Record<Scalar, string>> = {
  request: {
    string: "string",
    long: "bigint | number | string",
    double: "number",
    boolean: "boolean",
    date: "Date | string",
    price: "string | number",
    json: "unknown",
    map: "{ [key: string]: string }",
    file: "FileItem",
    unknown: "unknown",
  },
  response: {
    string: "string",
    long: "bigint",
    double: "number",
    boolean: "boolean",
    date: "Date",
    price: "string",
    json: "unknown",
    map: "{ [key: string]: string }",
    file: "unknown",
    unknown: "unknown",
  },
};

const isScalar = (t: ParamType | undefined): t is Scalar => t !== undefined && t !== "struct" && t !== "array";

/** The TypeScript type of a param's property in the SDK's generated class, on its side of the call. */
export function tsTypeOf(side: Side, p: IrParam): string {
  if (p.type === "struct") return p.structName ?? "unknown";
  if (p.type === "array") {
    if (p.itemType === "struct" && p.structName) return `${p.structName}[]`;
    const item = isScalar(p.itemType) ? TS_TYPES[side][p.itemType] : "unknown";
    const list = /^[\w.]+$/.test(item) ? `${item}[]` : `(${item})[]`;
    // A request's scalar list may also be given as the comma-joined text the wire carries.
    return side === "request" && p.itemType !== "json" ? `${list} | string` : list;
  }
  return TS_TYPES[side][p.type];
}

/** Whether a param is (a list of) a struct with its own fields: such params get a struct section. */
export function isStructParam(p: IrParam): boolean {
  return p.structName !== undefined && (p.type === "struct" || p.type === "array") && p.children.length > 0;
}
