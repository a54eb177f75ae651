import type { IrParam, ClassMember as Member } from "@topkit/sdk/ir";
import type { WriterFunction } from "ts-morph";
import { literal } from "./doc-text.js";

/** One `FieldSpec` literal: what the runtime needs to send, check and read this field. */
function specLiteral(member: Member, ns: string): string {
  const p: IrParam = member.param;
  // An envelope field is the base class's string property, whatever type the doc gives it.
  const type = member.inherited ? "string" : p.type;
  const parts = [`name: ${literal(p.name)}`, `field: ${literal(member.property)}`, `type: ${literal(type)}`];
  if (p.type === "array" && p.itemType) parts.push(`item: ${literal(p.itemType)}`);
  if (p.structName && !member.inherited) parts.push(`struct: () => ${ns}.${p.structName}`);
  if (p.required) parts.push("required: true");
  const c = p.constraints;
  if (c.maxLength !== undefined) parts.push(`maxLength: ${c.maxLength}`);
  if (c.maxListSize !== undefined) parts.push(`maxListSize: ${c.maxListSize}`);
  if (c.maxValue !== undefined) parts.push(`maxValue: ${c.maxValue}`);
  if (c.minValue !== undefined) parts.push(`minValue: ${c.minValue}`);
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
