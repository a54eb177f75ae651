import type { ApiIr, IrParam } from "@topkit/sdk/ir";
import type { JavaEntry, JavaField, JavaSdkNames } from "./java-sdk-names.js";

export type CheckKind = "requestClass" | "responseClass" | "field" | "innerClass";

/** One comparison: where, what the Java SDK says, what we generate. */
export interface Comparison {
  kind: CheckKind;
  /** `<method> <side>:<wire path>`, the key exceptions are listed under. */
  where: string;
  java: string;
  ours: string;
}

/** `List<Foo>` -> `Foo`; the struct type a Java field (or its typed setter overload) holds. */
function structTypeOf(field: JavaField): string {
  const types = [...(field.setterTypes ?? []), field.javaType];
  const struct = types.map((t) => t.replace(/^List<(.+)>$/, "$1")).find((t) => /^[A-Z]/.test(t) && !SCALARS.has(t));
  return struct ?? "";
}

const SCALARS = new Set(["String", "Long", "Boolean", "Date", "Double", "FileItem", "Integer", "Map"]);

interface Walk {
  names: JavaSdkNames;
  inner: Map<string, JavaField[]>;
  method: string;
  side: string;
  out: Comparison[];
}

/**
 * Compares one Java class's fields with the IR params of the same place: field names for wire names present in
 * both, and for struct-typed fields the inner class name (domain classes only for their fields: the 2017 SDK's
 * shared class names cannot be derived from today's docs, see the conformance README, rule 3).
 */
function compareFields(
  walk: Walk,
  fields: readonly JavaField[],
  params: readonly IrParam[],
  path: string,
  depth: number,
) {
  for (const jf of fields) {
    const p = params.find((x) => x.name === jf.wire);
    if (!p) continue;
    const where = `${walk.method} ${walk.side}:${path}${jf.wire}`;
    walk.out.push({ kind: "field", where, java: jf.field, ours: p.field });
    const struct = structTypeOf(jf);
    if (!struct) continue;
    const innerFields = walk.inner.get(struct);
    if (innerFields) walk.out.push({ kind: "innerClass", where, java: struct, ours: p.structName ?? `(${p.type})` });
    const nested = innerFields ?? walk.names.domainClasses[struct]?.fields;
    // Recursive types (a class holding itself) end where the doc stops nesting; the depth bound is a guard.
    if (nested && depth < 16) compareFields(walk, nested, p.children, `${path}${jf.wire}.`, depth + 1);
  }
}

/** Every comparison for one Java SDK entry against the IR of its corpus doc. */
export function compareEntry(names: JavaSdkNames, entry: JavaEntry, ir: ApiIr): Comparison[] {
  const out: Comparison[] = [
    { kind: "requestClass", where: `${entry.method} request`, java: entry.requestClass, ours: ir.javaNames.request },
    {
      kind: "responseClass",
      where: `${entry.method} response`,
      java: entry.responseClass,
      ours: ir.javaNames.response,
    },
  ];
  const sides = [
    ["request", entry.requestFields, entry.requestNested, ir.request],
    ["response", entry.responseFields, entry.responseNested, ir.response],
  ] as const;
  for (const [side, fields, nested, params] of sides) {
    const inner = new Map(nested.map((c) => [c.className, c.fields]));
    compareFields({ names, inner, method: entry.method, side, out }, fields, params, "", 0);
  }
  return out;
}
