import type { IrParam, ParamType } from "@topkit/sdk/ir";

/** How a generated file refers to runtime names (aliased when an API's own struct takes the name). */
export interface RuntimeRefs {
  Init: string;
  FileItem: string;
  /** `Date`, or `globalThis.Date` where one of the API's struct classes is named `Date`. */
  Date: string;
}

const REQUEST_SCALARS: Record<ParamType, string> = {
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
};

const RESPONSE_SCALARS: Record<ParamType, string> = {
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
};

const listOf = (t: string) => (/^[\w.]+$/.test(t) ? `${t}[]` : `(${t})[]`);

/** The property type: request side accepts the wire-friendly forms (DESIGN.md "Types"). */
export function propertyType(p: IrParam, side: "request" | "response", ns: string, refs: RuntimeRefs): string {
  const scalars = side === "request" ? REQUEST_SCALARS : RESPONSE_SCALARS;
  const scalar = (t: ParamType) => scalars[t].replace("FILE", refs.FileItem).replace("DATE", refs.Date);
  if (p.type === "struct" && p.structName) return `${ns}.${p.structName}`;
  if (p.type === "array") {
    if (p.itemType === "struct" && p.structName) return `${ns}.${p.structName}[]`;
    const item = listOf(scalar(p.itemType ?? "unknown"));
    // Scalar lists may also be given as the comma-joined text the wire carries.
    return side === "request" && p.itemType !== "json" ? `${item} | string` : item;
  }
  return scalar(p.type);
}

/** The setter's parameter type: a struct may also be given as an object literal. */
export function setterType(p: IrParam, side: "request" | "response", ns: string, refs: RuntimeRefs): string {
  if (p.structName && p.type === "struct") return `${ns}.${p.structName} | ${refs.Init}<${ns}.${p.structName}>`;
  if (p.structName && p.type === "array") {
    return `readonly (${ns}.${p.structName} | ${refs.Init}<${ns}.${p.structName}>)[]`;
  }
  return propertyType(p, side, ns, refs);
}
