import { type IrParam, tsType } from "@topkit/sdk/ir";

/** How a generated file refers to runtime names (aliased when an API's own struct takes the name). */
export interface RuntimeRefs {
  Init: string;
  FileItem: string;
  /** `Date`, or `globalThis.Date` where one of the API's struct classes is named `Date`. */
  Date: string;
}

/** The property type: request side accepts the wire-friendly forms (the SDK's `tsType` table). */
export function propertyType(p: IrParam, side: "request" | "response", ns: string, refs: RuntimeRefs): string {
  return tsType(p, side, { struct: (name) => `${ns}.${name}`, FileItem: refs.FileItem, Date: refs.Date });
}

/** The setter's parameter type: a struct may also be given as an object literal. */
export function setterType(p: IrParam, side: "request" | "response", ns: string, refs: RuntimeRefs): string {
  if (p.structName && p.type === "struct") return `${ns}.${p.structName} | ${refs.Init}<${ns}.${p.structName}>`;
  if (p.structName && p.type === "array") {
    return `readonly (${ns}.${p.structName} | ${refs.Init}<${ns}.${p.structName}>)[]`;
  }
  return propertyType(p, side, ns, refs);
}
