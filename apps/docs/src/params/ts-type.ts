import { type IrParam, tsType } from "@topkit/sdk/ir";
import type { Side } from "./anchors.js";

/** The TypeScript type of a param's property in the SDK's generated class, on its side of the call. */
export function tsTypeOf(side: Side, p: IrParam): string {
  return tsType(p, side, { struct: (name) => name, FileItem: "FileItem", Date: "Date" });
}

/** Whether a param is (a list of) a struct with its own fields: such params get a struct section. */
export function isStructParam(p: IrParam): boolean {
  return p.structName !== undefined && (p.type === "struct" || p.type === "array") && p.children.length > 0;
}
