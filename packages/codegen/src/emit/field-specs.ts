import type { IrParam, ClassMember as Member } from "@topkit/sdk/ir";
import type { WriterFunction } from "ts-morph";
import { literal } from "./doc-text.js";

/** `required` and the doc's limits as object-literal entries (FieldSpec and the published tables share these keys). */
export function limitParts(p: IrParam): string[] {
  const parts: string[] = [];
  if (p.required) parts.push("required: true");
  const c = p.constraints;
  for (const key of ["maxLength", "maxListSize", "maxValue", "minValue"] as const) {
    if (c[key] !== undefined) parts.push(`${key}: ${c[key]}`);
  }
  return parts;
}

/** One `FieldSpec` literal: what the runtime needs to send, check and read this field. */
function specLiteral(member: Member, ns: string): string {
  const p: IrParam = member.param;
  // An envelope field is the base class's string property, whatever type the doc gives it.
  const type = member.inherited ? "string" : p.type;
  const parts = [`name: ${literal(p.name)}`, `field: ${literal(member.property)}`, `type: ${literal(type)}`];
  if (p.type === "array" && p.itemType) parts.push(`item: ${literal(p.itemType)}`);
  if (p.structName && !member.inherited) parts.push(`struct: () => ${ns}.${p.structName}`);
  parts.push(...limitParts(p));
  return `{ ${parts.join(", ")} }`;
}

/** The initializer of a class's static `$fields`: one spec per line. */
export function fieldSpecsInitializer(members: readonly Member[], ns: string): WriterFunction {
  return (writer) => {
    if (members.length === 0) {
      writer.write("[]");
      return;
    }
    writer.write("[").newLine();
    writer.indent(() => {
      for (const m of members) writer.writeLine(`${specLiteral(m, ns)},`);
    });
    writer.write("]");
  };
}
