import type { ClassMember as Member } from "@topkit/sdk/ir";
import type { MethodDeclarationStructure, PropertyDeclarationStructure } from "ts-morph";
import { StructureKind } from "ts-morph";
import { literal } from "./doc-text.js";
import { fieldDocs } from "./field-docs.js";
import { fieldSpecsInitializer } from "./field-specs.js";
import { propertyType, type RuntimeRefs, setterType } from "./ts-types.js";

export interface MemberContext {
  side: "request" | "response";
  /** Namespace that holds this side's struct classes (the request or response class name). */
  ns: string;
  refs: RuntimeRefs;
  fieldSpecType: string;
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
