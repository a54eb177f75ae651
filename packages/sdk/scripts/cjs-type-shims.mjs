#!/usr/bin/env node
// After tsdown: the CommonJS declarations of the classes that every generated API extends become views of
// their ES module declarations (docs/architecture.md "Generated code").
//
// Why: TopRequest, TopResponse and TopStruct have private and protected members, so TypeScript compares them
// by declaration, not by shape. The generated APIs ship one set of declarations (the `.d.mts`; their `.d.cts`
// only point at it, which keeps 5,313 APIs from being declared twice). For a request typed by those to fit
// the CommonJS client's `execute`, the CommonJS side must name the same base classes: each shim re-declares
// the module's exports as aliases of the ES module's. Nothing else changes: the runtime JS of each kind is
// untouched, and every other `.d.cts` imports these modules, so it sees the same classes.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** Modules whose classes the generated declarations extend (the `RUNTIME_TYPES` codegen imports). */
export const SHIMMED = ["runtime/request", "runtime/response", "runtime/struct"];

const ESM = "$esm";
const IMPORT_MODE = `with { "resolution-mode": "import" }`;

/** `<A extends X = Y, B>` as declared, and `<A, B>` to pass them on. */
function typeParams(decl, source) {
  const params = decl.typeParameters ?? [];
  if (params.length === 0) return ["", ""];
  return [`<${params.map((p) => p.getText(source)).join(", ")}>`, `<${params.map((p) => p.name.text).join(", ")}>`];
}

/** The `.d.cts` text for one module, from its `.d.mts` text. */
export function cjsShim(esmText, esmFile) {
  const source = ts.createSourceFile(esmFile, esmText, ts.ScriptTarget.Latest, true);
  const declared = new Map();
  const exported = [];
  const imports = [];
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s)) {
      // Names the type parameters' constraints may use, taken from the ES module world as well.
      const clause = s.importClause?.getText(source).replace(/^type\s+/, "");
      if (clause) imports.push(`import type ${clause} from ${s.moduleSpecifier.getText(source)} ${IMPORT_MODE};`);
    } else if (ts.isExportDeclaration(s) && !s.moduleSpecifier && s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const e of s.exportClause.elements) {
        if (e.propertyName) throw new Error(`${esmFile}: cannot shim a renamed export (${e.getText(source)})`);
        exported.push(e.name.text);
      }
    } else if (
      (ts.isClassDeclaration(s) ||
        ts.isInterfaceDeclaration(s) ||
        ts.isTypeAliasDeclaration(s) ||
        ts.isFunctionDeclaration(s)) &&
      s.name
    ) {
      declared.set(s.name.text, s);
    } else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) declared.set(d.name.text, d);
    } else if (!ts.isEmptyStatement(s)) {
      throw new Error(`${esmFile}: cannot shim a ${ts.SyntaxKind[s.kind]} (only classes, types, functions, consts)`);
    }
  }
  const base = esmFile.split("/").at(-1);
  const out = [...imports, `import type * as ${ESM} from "./${base.replace(/\.d\.mts$/, ".mjs")}" ${IMPORT_MODE};`, ""];
  for (const name of exported) {
    const decl = declared.get(name);
    if (!decl) throw new Error(`${esmFile}: export ${name} has no declaration in the file`);
    const isValue = ts.isClassDeclaration(decl) || ts.isFunctionDeclaration(decl) || ts.isVariableDeclaration(decl);
    const isType = ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl);
    if (isValue) out.push(`export declare const ${name}: typeof ${ESM}.${name};`);
    if (isType) {
      const [params, args] = typeParams(decl, source);
      out.push(`export type ${name}${params} = ${ESM}.${name}${args};`);
    }
  }
  return `${out.join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
  for (const module of SHIMMED) {
    const esmFile = join(dist, `${module}.d.mts`);
    writeFileSync(join(dist, `${module}.d.cts`), cjsShim(readFileSync(esmFile, "utf8"), esmFile));
  }
}
