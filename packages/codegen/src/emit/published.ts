import { type ApiIr, type ClassKind, classMembers, type IrParam, type StructDef, structsOf } from "@topkit/sdk/ir";
import { requestDocs, responseDocs } from "./api-docs.js";
import { commentSafe, literal } from "./doc-text.js";
import { fieldDocs } from "./field-docs.js";
import { generatedHeader } from "./header.js";
import { propertyType, type RuntimeRefs, setterType } from "./ts-types.js";

/**
 * The published shape of one API (docs/architecture.md "Generated code"): no TypeScript to compile. The
 * `.mjs`/`.cjs` load the API's IR and make one `defineApi` call (the runtime derives the classes and their
 * accessors from it); the `.d.mts` declares those classes, with one JSDoc per field, and the `.d.cts` points
 * at the `.d.mts` (one set of declarations for both module kinds).
 */
export interface PublishedApi {
  /** `module.exports` = the API's IR file: how an ES module loads JSON on Node 20 and in bundlers alike. */
  data: string;
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

/**
 * A JSDoc block at an indent (text already comment-safe); one line when the text is (110,000 field docs: the
 * five-line form cost 2.7 MB of the installed package and showed the same hover).
 */
function jsdoc(text: string, indent: string): string {
  if (!text.includes("\n")) return `${indent}/** ${text} */`;
  const lines = text.split("\n").map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`));
  return `${indent}/**\n${lines.join("\n")}\n${indent} */`;
}

interface DeclContext {
  side: Side;
  ns: string;
  refs: RuntimeRefs;
}

/** Properties (one JSDoc each), then the Java-style accessors the runtime derives (same `classMembers` rule). */
function memberDecls(params: readonly IrParam[], kind: ClassKind, ctx: DeclContext, indent: string): string[] {
  const out: string[] = [];
  const members = classMembers(params, kind).filter((m) => !m.inherited);
  for (const m of members) {
    out.push(jsdoc(fieldDocs(m), indent));
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

function namespaceDecl(structs: readonly StructDef[], ctx: DeclContext): string {
  if (structs.length === 0) return "";
  const classes = structs.map((s) => {
    const doc = commentSafe(s.description ? `${s.description} (\`${s.name}\`)` : `\`${s.name}\``);
    const body = [
      ...(ctx.side === "request" ? [`    constructor(init?: ${ctx.refs.Init}<${s.name}>);`] : []),
      // Inside the namespace its classes are in scope: bare names keep 5,000 files a good deal smaller.
      ...memberDecls(s.params, "struct", { ...ctx, ns: "" }, "    "),
    ];
    return `${jsdoc(doc, "  ")}\n  class ${s.name} extends $TopStruct {\n${body.join("\n")}\n  }`;
  });
  return `\nexport declare namespace ${ctx.ns} {\n${classes.join("\n")}\n}\n`;
}

/** Body of the `.d.mts` (everything after the runtime import): the classes, one JSDoc per member. */
/** The struct classes of each side, found once for both declaration files. */
interface Structs {
  request: StructDef[];
  response: StructDef[];
}

function declarations(ir: ApiIr, structs: Structs): string {
  const { request, response } = ir.javaNames;
  const { request: reqStructs, response: rspStructs } = structs;
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
    ...memberDecls(ir.request, "request", req, "  "),
    `  getApiMethodName(): ${literal(ir.method)};`,
    `  getResponseClass(): typeof ${response};`,
  ];
  const doc = (text: string) => `${jsdoc(text, "")}\n`;
  return [
    `${doc(requestDocs(ir))}export declare class ${request} extends $TopRequest<${response}> {\n${requestBody.join("\n")}\n}\n`,
    namespaceDecl(reqStructs, req),
    `\n${doc(responseDocs(ir))}export declare class ${response} extends $TopResponse {\n${memberDecls(ir.response, "response", rsp, "  ").join("\n")}\n}\n`,
    namespaceDecl(rspStructs, rsp),
  ].join("");
}

/**
 * The `.d.cts`: the `.d.mts` classes again, by reference. CommonJS code then sees the very declarations ES
 * modules see (one copy on disk, no second set of types to keep equal); the runtime's own `.d.cts` do the same
 * for the base classes (`scripts/cjs-type-shims.mjs` in the SDK), so a request still fits the CJS client's
 * `execute`. A type-only import of an ES module from CommonJS needs the `resolution-mode` attribute (TS 5.3+).
 */
function cjsDeclarations(ir: ApiIr, structs: Structs): string {
  const esm = "$esm";
  const out = [`import type * as ${esm} from ${literal(`./${ir.method}.mjs`)} with { "resolution-mode": "import" };`];
  const sides: [string, readonly StructDef[]][] = [
    [ir.javaNames.request, structs.request],
    [ir.javaNames.response, structs.response],
  ];
  for (const [cls, structs] of sides) {
    out.push("", `export declare const ${cls}: typeof ${esm}.${cls};`, `export type ${cls} = ${esm}.${cls};`);
    if (structs.length === 0) continue;
    out.push(
      `export declare namespace ${cls} {`,
      ...structs.map((s) => `  type ${s.name} = ${esm}.${cls}.${s.name};`),
      "}",
    );
  }
  return `${out.join("\n")}\n`;
}

const RUNTIME_TYPES =
  "FileItem as $FileItem, Init as $Init, TopRequest as $TopRequest, TopResponse as $TopResponse, TopStruct as $TopStruct";

/** The published files of one API, from its IR alone (so they are deterministic). */
export function emitPublishedApi(ir: ApiIr): PublishedApi {
  const header = generatedHeader(ir);
  const structs: Structs = { request: structsOf(ir.request), response: structsOf(ir.response) };
  const { request, response } = ir.javaNames;
  // The IR file (`ir/<method>.json`, compact) is the API's only data: tools read it, and the classes are built
  // from it. CommonJS requires it; an ES module imports it through a one-line CommonJS module (Node and
  // bundlers read `module.exports` as its default export; JSON imports need attributes not every Node 20 has).
  const irFile = `../../ir/${ir.method}.json`;

  return {
    data: `${header}module.exports = require(${literal(irFile)});\n`,
    mjs: `${header}import { defineApi } from "${RUNTIME}/runtime/define.mjs";\nimport ir from ${literal(`../data/${ir.method}.cjs`)};\n\nconst api = defineApi(ir);\n\nexport const ${request} = api.Request;\nexport const ${response} = api.Response;\n`,
    cjs: `${header}"use strict";\nconst { defineApi } = require("${RUNTIME}/runtime/define.cjs");\n\nconst api = defineApi(require(${literal(irFile)}));\n\nexports.${request} = api.Request;\nexports.${response} = api.Response;\n`,
    dmts: `${header}import type { ${RUNTIME_TYPES} } from "@topkit/sdk";\n\n${declarations(ir, structs)}`,
    dcts: `${header}${cjsDeclarations(ir, structs)}`,
  };
}

/** File name (inside `apis/`) -> text, for one API. */
export function publishedFiles(ir: ApiIr): [string, string][] {
  const f = emitPublishedApi(ir);
  const base = `apis/${ir.method}`;
  return [
    [`data/${ir.method}.cjs`, f.data],
    [`${base}.mjs`, f.mjs],
    [`${base}.cjs`, f.cjs],
    [`${base}.d.mts`, f.dmts],
    [`${base}.d.cts`, f.dcts],
  ];
}
