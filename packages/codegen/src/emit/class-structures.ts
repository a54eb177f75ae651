import type { ApiIr, StructDef } from "@topkit/sdk/ir";
import { classMembers } from "@topkit/sdk/ir";
import type { ClassDeclarationStructure, ModuleDeclarationStructure } from "ts-morph";
import { ModuleDeclarationKind, StructureKind } from "ts-morph";
import { accessors, type MemberContext, properties, staticFields } from "./class-members.js";
import { commentSafe, literal } from "./doc-text.js";

export interface RuntimeNames {
  TopRequest: string;
  TopResponse: string;
  TopStruct: string;
  FieldSpec: string;
  Init: string;
  FileItem: string;
}

function constructorOf(ownType: string, names: RuntimeNames) {
  return {
    kind: StructureKind.Constructor as const,
    parameters: [{ name: "init", hasQuestionToken: true, type: `${names.Init}<${ownType}>` }],
    statements: ["super(init);"],
  };
}

/** One nested struct class (Java's static inner class): fields, `$fields`, setters (request side), getters. */
export function structClass(def: StructDef, ctx: MemberContext, names: RuntimeNames): ClassDeclarationStructure {
  const members = classMembers(def.params, "struct");
  return {
    kind: StructureKind.Class,
    name: def.name,
    isExported: true,
    extends: names.TopStruct,
    docs: [commentSafe(def.description ? `${def.description} (\`${def.name}\`)` : `\`${def.name}\``)],
    properties: [staticFields(members, ctx), ...properties(members, ctx)],
    ctors: ctx.side === "request" ? [constructorOf(`${ctx.ns}.${def.name}`, names)] : [],
    methods: accessors(members, ctx),
  };
}

/** `export namespace X { …struct classes… }`, merged with class X so `new X.Foo()` works as in Java. */
export function structNamespace(
  ns: string,
  defs: readonly StructDef[],
  ctx: MemberContext,
  names: RuntimeNames,
): ModuleDeclarationStructure | undefined {
  if (defs.length === 0) return undefined;
  return {
    kind: StructureKind.Module,
    name: ns,
    declarationKind: ModuleDeclarationKind.Namespace,
    isExported: true,
    statements: defs.map((d) => structClass(d, ctx, names)),
  };
}

export function requestClass(
  ir: ApiIr,
  ctx: MemberContext,
  names: RuntimeNames,
  docs: string,
): ClassDeclarationStructure {
  const members = classMembers(ir.request, "request");
  const { request, response } = ir.javaNames;
  return {
    kind: StructureKind.Class,
    name: request,
    isExported: true,
    extends: `${names.TopRequest}<${response}>`,
    docs: [docs],
    properties: [staticFields(members, ctx), ...properties(members, ctx)],
    ctors: [constructorOf(request, names)],
    methods: [
      {
        kind: StructureKind.Method,
        name: "getApiMethodName",
        returnType: literal(ir.method),
        statements: [`return ${literal(ir.method)};`],
      },
      {
        kind: StructureKind.Method,
        name: "getResponseClass",
        returnType: `typeof ${response}`,
        statements: [`return ${response};`],
      },
      ...accessors(members, ctx),
    ],
  };
}

export function responseClass(
  ir: ApiIr,
  ctx: MemberContext,
  names: RuntimeNames,
  docs: string,
): ClassDeclarationStructure {
  const members = classMembers(ir.response, "response");
  return {
    kind: StructureKind.Class,
    name: ir.javaNames.response,
    isExported: true,
    extends: names.TopResponse,
    docs: [docs],
    properties: [staticFields(members, ctx), ...properties(members, ctx)],
    methods: accessors(members, ctx),
  };
}
