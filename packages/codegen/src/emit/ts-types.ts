import { type IrParam, tsType } from "@topkit/sdk/ir";

/** How a generated file refers to runtime names (aliased when an API's own struct takes the name). */
export interface RuntimeRefs {
  Init: string;
  FileItem: string;
  /** `Date`, or `globalThis.Date` where one of the API's struct classes is named `Date`. */
  Date: string;
}

/** A struct class as named from where the type is written: `Ns.Name`, or bare inside the namespace (`ns` ""). */
const structRef = (ns: string, name: string) => (ns ? `${ns}.${name}` : name);

/** The property type: request side accepts the wire-friendly forms (the SDK's `tsType` table). */
export function propertyType(p: IrParam, side: "request" | "response", ns: string, refs: RuntimeRefs): string {
  return tsType(p, side, { struct: (name) => structRef(ns, name), FileItem: refs.FileItem, Date: refs.Date });
}

/** The setter's parameter type: a struct may also be given as an object literal. */
export function setterType(p: IrParam, side: "request" | "response", ns: string, refs: RuntimeRefs): string {
  const struct = p.structName && structRef(ns, p.structName);
  if (struct && p.type === "struct") return `${struct} | ${refs.Init}<${struct}>`;
  if (struct && p.type === "array") return `readonly (${struct} | ${refs.Init}<${struct}>)[]`;
  return propertyType(p, side, ns, refs);
}
