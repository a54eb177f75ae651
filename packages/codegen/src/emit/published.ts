import { type ApiIr, type ClassKind, classMembers, type IrParam } from "@topkit/sdk/ir";
import { requestDocs, responseDocs } from "./api-docs.js";
import { commentSafe, literal } from "./doc-text.js";
import { fieldDocs } from "./field-docs.js";
import { limitParts } from "./field-specs.js";
import { generatedHeader } from "./header.js";
import { type StructDef, structsOf } from "./structs.js";
import { propertyType, type RuntimeRefs, setterType } from "./ts-types.js";

/**
 * The published shape of one API (docs/architecture.md "Generated code"): no TypeScript to compile. The
 * `.mjs`/`.cjs` hold the API's field tables and one `defineApi` call (the runtime derives the classes and
 * their accessors); the `.d.mts`/`.d.cts` declare those classes, with one JSDoc per field. Two declaration
 * files because each must import the runtime's declarations of its own module kind (class identity).
 */
export interface PublishedApi {
  mjs: string;
  cjs: string;
  dmts: string;
  dcts: string;
}

/**
 * Where the JS finds the runtime: `generated/apis/` beside `dist/` (relative, so no internal entry point is
 * published). Declarations import the runtime's types by the package's own name instead: each resolves it in
 * its module kind, and the SDK's own tests map that name to its sources.
 */
const RUNTIME = "../../dist";

type Side = "request" | "response";

/** One row of a field table (`FieldRow` in the runtime's define.ts). */
function fieldRow(p: IrParam, defined: ReadonlySet<string>): string {
  const options: string[] = [];
  if (p.type === "array" && p.itemType) options.push(`item: ${literal(p.itemType)}`);
  if (p.structName && defined.has(p.structName)) options.push(`struct: ${literal(p.structName)}`);
  options.push(...limitParts(p));
  const cells = [literal(p.name), literal(p.field), literal(p.type)];
  if (options.length > 0) cells.push(`{ ${options.join(", ")} }`);
  return `[${cells.join(", ")}]`;
}

function rows(params: readonly IrParam[], defined: ReadonlySet<string>): string {
  if (params.length === 0) return "[]";
  return `[\n${params.map((p) => `${fieldRow(p, defined)},`).join("\n")}\n]`;
}

function sideTable(params: readonly IrParam[], structs: readonly StructDef[]): string {
  const defined = new Set(structs.map((s) => s.name));
  const lines = [`{`, `fields: ${rows(params, defined)},`];
  if (structs.length > 0) {
    lines.push("structs: {");
    for (const s of structs) lines.push(`${s.name}: ${rows(s.params, defined)},`);
    lines.push("},");
  }
  lines.push("}");
  return lines.join("\n");
}

function tableLiteral(ir: ApiIr): string {
  return [
    "{",
    `  method: ${literal(ir.method)},`,
    `  request: ${literal(ir.javaNames.request)},`,
    `  response: ${literal(ir.javaNames.response)},`,
    `  req: ${sideTable(ir.request, structsOf(ir.request))},`,
    `  rsp: ${sideTable(ir.response, structsOf(ir.response))},`,
    "}",
  ].join("\n");
}

/** A JSDoc block at an indent (text already comment-safe). */
function jsdoc(text: string, indent: string): string {
  const lines = text.split("\n").map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`));
  return `${indent}/**\n${lines.join("\n")}\n${indent} */`;
}

interface DeclContext {
  side: Side;
  ns: string;
  refs: RuntimeRefs;
}

/** Properties (one JSDoc each), then the Java-style accessors the runtime derives (same `classMembers` rule). */
function memberDecls(
  params: readonly IrParam[],
  kind: ClassKind,
  ctx: DeclContext,
  indent: string,
  docs: boolean,
): string[] {
  const out: string[] = [];
  const members = classMembers(params, kind).filter((m) => !m.inherited);
  for (const m of members) {
    if (docs) out.push(jsdoc(fieldDocs(m), indent));
    out.push(`${indent}${m.property}?: ${propertyType(m.param, ctx.side, ctx.ns, ctx.refs)};`);
  }
  for (const m of members) {
    if (ctx.side === "request") {
      out.push(`${indent}${m.setter}(value: ${setterType(m.param, ctx.side, ctx.ns, ctx.refs)}): this;`);
    }
    out.push(`${indent}${m.getter}(): ${propertyType(m.param, ctx.side, ctx.ns, ctx.refs)} | undefined;`);
  }
  return out;
}

function namespaceDecl(structs: readonly StructDef[], ctx: DeclContext, docs: boolean): string {
  if (structs.length === 0) return "";
  const classes = structs.map((s) => {
    const doc = docs ? commentSafe(s.description ? `${s.description} (\`${s.name}\`)` : `\`${s.name}\``) : "";
    const body = [
      ...(ctx.side === "request" ? [`    constructor(init?: ${ctx.refs.Init}<${s.name}>);`] : []),
      // Inside the namespace its classes are in scope: bare names keep 5,000 files a good deal smaller.
      ...memberDecls(s.params, "struct", { ...ctx, ns: "" }, "    ", docs),
    ];
    return `${doc ? `${jsdoc(doc, "  ")}\n` : ""}  class ${s.name} extends $TopStruct {\n${body.join("\n")}\n  }`;
  });
  return `\nexport declare namespace ${ctx.ns} {\n${classes.join("\n")}\n}\n`;
}

/**
 * Body of a declaration file (everything after the runtime import). With `docs` false (the `.d.cts`) the
 * same declarations without JSDoc: the SDK is ESM-first, and the docs would add a third of the package.
 */
function declarations(ir: ApiIr, docs: boolean): string {
  const { request, response } = ir.javaNames;
  const reqStructs = structsOf(ir.request);
  const rspStructs = structsOf(ir.response);
  const own = new Set([...reqStructs, ...rspStructs].map((s) => s.name));
  const refs: RuntimeRefs = {
    Init: "$Init",
    FileItem: "$FileItem",
    Date: own.has("Date") ? "globalThis.Date" : "Date",
  };
  const req: DeclContext = { side: "request", ns: request, refs };
  const rsp: DeclContext = { side: "response", ns: response, refs };
  const requestBody = [
    `  constructor(init?: $Init<${request}>);`,
    ...memberDecls(ir.request, "request", req, "  ", docs),
    `  getApiMethodName(): ${literal(ir.method)};`,
    `  getResponseClass(): typeof ${response};`,
  ];
  const doc = (text: string) => (docs ? `${jsdoc(text, "")}\n` : "");
  return [
    `${doc(requestDocs(ir))}export declare class ${request} extends $TopRequest<${response}> {\n${requestBody.join("\n")}\n}\n`,
    namespaceDecl(reqStructs, req, docs),
    `\n${doc(responseDocs(ir))}export declare class ${response} extends $TopResponse {\n${memberDecls(ir.response, "response", rsp, "  ", docs).join("\n")}\n}\n`,
    namespaceDecl(rspStructs, rsp, docs),
  ].join("");
}

const RUNTIME_TYPES =
  "FileItem as $FileItem, Init as $Init, TopRequest as $TopRequest, TopResponse as $TopResponse, TopStruct as $TopStruct";

/** The four published files of one API, from its IR alone (so they are deterministic). */
export function emitPublishedApi(ir: ApiIr): PublishedApi {
  const header = generatedHeader(ir);
  const table = tableLiteral(ir);
  const { request, response } = ir.javaNames;

  return {
    mjs: `${header}import { defineApi } from "${RUNTIME}/runtime/define.mjs";\n\nconst api = defineApi(${table});\n\nexport const ${request} = api.Request;\nexport const ${response} = api.Response;\n`,
    cjs: `${header}"use strict";\nconst { defineApi } = require("${RUNTIME}/runtime/define.cjs");\n\nconst api = defineApi(${table});\n\nexports.${request} = api.Request;\nexports.${response} = api.Response;\n`,
    dmts: `${header}import type { ${RUNTIME_TYPES} } from "@topkit/sdk";\n\n${declarations(ir, true)}`,
    dcts: `${header}import type { ${RUNTIME_TYPES} } from "@topkit/sdk";\n\n${declarations(ir, false)}`,
  };
}

/** File name (inside `apis/`) -> text, for one API. */
export function publishedFiles(ir: ApiIr): [string, string][] {
  const f = emitPublishedApi(ir);
  const base = `apis/${ir.method}`;
  return [
    [`${base}.mjs`, f.mjs],
    [`${base}.cjs`, f.cjs],
    [`${base}.d.mts`, f.dmts],
    [`${base}.d.cts`, f.dcts],
  ];
}
