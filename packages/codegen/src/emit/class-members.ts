import type { ClassMember as Member } from "@topkit/sdk/ir";
import type { MethodDeclarationStructure, PropertyDeclarationStructure } from "ts-morph";
import { StructureKind } from "ts-morph";
import { commentSafe, literal } from "./doc-text.js";
import { fieldSpecsInitializer } from "./field-specs.js";
import { propertyType, type RuntimeRefs, setterType } from "./ts-types.js";

export interface MemberContext {
  side: "request" | "response";
  /** Namespace that holds this side's struct classes (the request or response class name). */
  ns: string;
  refs: RuntimeRefs;
  fieldSpecType: string;
}

const docsOfMember = new WeakMap<Member, string>();

/** JSDoc for a field (property and setter share it, so it is made once per member). */
function fieldDocs(member: Member): string {
  let docs = docsOfMember.get(member);
  if (docs === undefined) {
    docs = describeField(member);
    docsOfMember.set(member, docs);
  }
  return docs;
}

/** A field's doc description, and the doc's example, type and limits as facts. */
function describeField(member: Member): string {
  const p = member.param;
  const facts = [`\`${p.name}\`: ${p.docType || "untyped"}${p.required ? ", required" : ""}`];
  const c = p.constraints;
  if (c.maxLength !== undefined) facts.push(`max length ${c.maxLength}`);
  if (c.maxListSize !== undefined) facts.push(`max ${c.maxListSize} items`);
  if (c.minValue !== undefined) facts.push(`min ${c.minValue}`);
  if (c.maxValue !== undefined) facts.push(`max ${c.maxValue}`);
  if (p.default !== undefined) facts.push(`default ${p.default}`);
  const example = p.example !== undefined && p.example.length <= 200 ? `\n\nExample: \`${p.example}\`` : "";
  return commentSafe(`${p.description || p.name}\n\n${facts.join("; ")}${example}`);
}

export function staticFields(members: readonly Member[], ctx: MemberContext): PropertyDeclarationStructure {
  return {
    kind: StructureKind.Property,
    name: "$fields",
    isStatic: true,
    isReadonly: true,
    hasOverrideKeyword: true,
    type: `readonly ${ctx.fieldSpecType}[]`,
    initializer: fieldSpecsInitializer(members, ctx.ns),
  };
}

/** `declare foo?: T;` for every field the base class does not already declare. */
export function properties(members: readonly Member[], ctx: MemberContext): PropertyDeclarationStructure[] {
  return members
    .filter((m) => !m.inherited)
    .map((m) => ({
      kind: StructureKind.Property,
      name: m.property,
      hasDeclareKeyword: true,
      hasQuestionToken: true,
      type: propertyType(m.param, ctx.side, ctx.ns, ctx.refs),
      docs: [fieldDocs(m)],
    }));
}

/** Java-style `setFoo(value): this` (request side) and `getFoo()` for every field. */
export function accessors(members: readonly Member[], ctx: MemberContext): MethodDeclarationStructure[] {
  const out: MethodDeclarationStructure[] = [];
  for (const m of members) {
    if (m.inherited) continue;
    if (ctx.side === "request") {
      out.push({
        kind: StructureKind.Method,
        name: m.setter,
        parameters: [{ name: "value", type: setterType(m.param, ctx.side, ctx.ns, ctx.refs) }],
        returnType: "this",
        statements: [`return this.$set(${literal(m.property)}, value);`],
        docs: [fieldDocs(m)],
      });
    }
    out.push({
      kind: StructureKind.Method,
      name: m.getter,
      returnType: `${propertyType(m.param, ctx.side, ctx.ns, ctx.refs)} | undefined`,
      statements: [`return this.${m.property};`],
    });
  }
  return out;
}
