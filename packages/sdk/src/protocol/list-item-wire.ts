import type { IrParam } from "../ir/schema.js";

/**
 * The element name TOP gives the items of a list whose items are of type `typeName`: `_` before every
 * upper-case letter but a leading one, then lower case (`Trade` -> `trade`, `QrcodeDO` -> `qrcode_d_o`,
 * `Number` -> `number`). Digits and underscores stay as they are;
 * what cannot be part of an element name is dropped. This is how TOP's servers and its Java
 * SDK (`@ApiListField` + `@ApiField`) spell the wrapper's member: 323/323 struct lists and every scalar
 * list of the official Java SDK follow it (`../shared/conformance`, "listItemWire"). A client that looks
 * for another name reads nothing from the list, so writers and readers of list wrappers use this one rule.
 */
export function listItemWire(typeName: string): string {
  // `[]`, spaces and anything else no element name may hold (`String []`, `List<Long>`) are not part of it.
  const name = typeName.replace(/[^A-Za-z0-9_]/g, "");
  return name.replace(/[A-Z]/g, (c, at: number) => (at === 0 ? c : `_${c}`)).toLowerCase();
}

/**
 * The item name of list param `p`: its struct's name as the doc gives it (before any rename the SDK made
 * for a clash, which TOP's server never sees), else the doc's scalar type (`String []` -> `string`);
 * `item` when the doc names no type at all.
 */
export function listItemWireOf(p: Pick<IrParam, "docStructName" | "structName" | "docType">): string {
  return listItemWire(p.docStructName ?? p.structName ?? p.docType) || "item";
}
