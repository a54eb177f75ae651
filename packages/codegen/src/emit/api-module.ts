import type { ApiIr, IrParam } from "@topkit/sdk/ir";
import { structsOf } from "@topkit/sdk/ir";
import type { ImportSpecifierStructure, OptionalKind, SourceFileStructure, StatementStructures } from "ts-morph";
import { StructureKind } from "ts-morph";
import { requestDocs, responseDocs } from "./api-docs.js";
import { type RuntimeNames, requestClass, responseClass, structNamespace } from "./class-structures.js";
import { generatedHeader } from "./header.js";

const RUNTIME_VALUES = ["TopRequest", "TopResponse", "TopStruct"] as const;
const RUNTIME_TYPES = ["FieldSpec", "Init", "FileItem"] as const;

/** Runtime names as this module refers to them: `$`-prefixed aliases where one of the API's own classes takes the name. */
function runtimeNames(ir: ApiIr, structNames: readonly string[]): RuntimeNames {
  const own = new Set([ir.javaNames.request, ir.javaNames.response, ...structNames]);
  const pick = (n: string) => (own.has(n) ? `$${n}` : n);
  return Object.fromEntries([...RUNTIME_VALUES, ...RUNTIME_TYPES].map((n) => [n, pick(n)])) as unknown as RuntimeNames;
}

/** True when any param (nested too) is a file: only then does the module need `FileItem`. */
const hasFile = (params: readonly IrParam[]): boolean => params.some((p) => p.type === "file" || hasFile(p.children));

function importSpecifiers(names: RuntimeNames, used: ReadonlySet<string>): OptionalKind<ImportSpecifierStructure>[] {
  const spec = (n: string, isTypeOnly: boolean) => {
    const alias = (names as unknown as Record<string, string>)[n];
    return { name: n, isTypeOnly, ...(alias !== n ? { alias } : {}) };
  };
  return [...RUNTIME_TYPES.map((n) => spec(n, true)), ...RUNTIME_VALUES.map((n) => spec(n, false))]
    .filter((s) => used.has(s.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * The whole module for one API as a ts-morph structure: imports, the request class and its struct
 * namespace, the response class and its struct namespace.
 */
export function apiModuleStructure(ir: ApiIr): SourceFileStructure {
  const requestStructs = structsOf(ir.request);
  const responseStructs = structsOf(ir.response);
  const names = runtimeNames(
    ir,
    [...requestStructs, ...responseStructs].map((s) => s.name),
  );
  const ownNames = new Set([...requestStructs, ...responseStructs].map((s) => s.name));
  const refs = { Init: names.Init, FileItem: names.FileItem, Date: ownNames.has("Date") ? "globalThis.Date" : "Date" };
  const reqCtx = { side: "request" as const, ns: ir.javaNames.request, refs, fieldSpecType: names.FieldSpec };
  const rspCtx = { side: "response" as const, ns: ir.javaNames.response, refs, fieldSpecType: names.FieldSpec };
  const used = new Set(["FieldSpec", "Init", "TopRequest", "TopResponse"]);
  if (requestStructs.length + responseStructs.length > 0) used.add("TopStruct");
  if (hasFile(ir.request)) used.add("FileItem");
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "../../runtime/index.js",
      namedImports: importSpecifiers(names, used),
    },
    requestClass(ir, reqCtx, names, requestDocs(ir)),
  ];
  const reqNs = structNamespace(ir.javaNames.request, requestStructs, reqCtx, names);
  if (reqNs) statements.push(reqNs);
  statements.push(responseClass(ir, rspCtx, names, responseDocs(ir)));
  const rspNs = structNamespace(ir.javaNames.response, responseStructs, rspCtx, names);
  if (rspNs) statements.push(rspNs);
  return { kind: StructureKind.SourceFile, leadingTrivia: generatedHeader(ir), statements };
}
