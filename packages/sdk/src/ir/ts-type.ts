import type { IrParam, ParamType } from "./schema.js";

export type TsSide = "request" | "response";

/** How a caller spells the names a type may refer to (a struct class, `FileItem`, `Date`). */
export interface TsTypeNames {
  struct: (structName: string) => string;
  FileItem: string;
  Date: string;
}

/**
 * docs/architecture.md "Types" as TypeScript: the request side accepts the wire-friendly forms, the response side is
 * exact. One table for the generated classes (codegen) and for what the docs show of them.
 */
const SCALARS: Record<TsSide, Record<ParamType, string>> = {
  request: {
    string: "string",
    long: "bigint | number | string",
    double: "number",
    boolean: "boolean",
    date: "DATE | string",
    price: "string | number",
    json: "unknown",
    map: "{ [key: string]: string }",
    file: "FILE",
    struct: "unknown",
    array: "unknown",
    unknown: "unknown",
  },
  response: {
    string: "string",
    long: "bigint",
    double: "number",
    boolean: "boolean",
    date: "DATE",
    price: "string",
    json: "unknown",
    map: "{ [key: string]: string }",
    file: "unknown",
    struct: "unknown",
    array: "unknown",
    unknown: "unknown",
  },
};

const listOf = (t: string) => (/^[\w.]+$/.test(t) ? `${t}[]` : `(${t})[]`);

/** The TypeScript type of a param's property in its generated class, on its side of the call. */
export function tsType(p: IrParam, side: TsSide, names: TsTypeNames): string {
  const scalar = (t: ParamType) => SCALARS[side][t].replace("FILE", names.FileItem).replace("DATE", names.Date);
  if (p.type === "struct" && p.structName) return names.struct(p.structName);
  if (p.type === "array") {
    if (p.itemType === "struct" && p.structName) return `${names.struct(p.structName)}[]`;
    const item = listOf(scalar(p.itemType ?? "unknown"));
    // A request's scalar list may also be given as the comma-joined text the wire carries.
    return side === "request" && p.itemType !== "json" ? `${item} | string` : item;
  }
  return scalar(p.type);
}
