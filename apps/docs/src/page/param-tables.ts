import { type IrParam, limitPhrases, memberPathPrefix, tsType } from "@topkit/sdk/ir";
import { html, htmlLines, markdownText } from "./escape.js";

// The request and response parameter tables of an API page, and the struct sections under them: columns,
// rows in tree order, anchors, and the SDK's own TypeScript types and limit wording in the cells.

/** Which side of the call a param table describes; also the prefix of its anchors. */
export type Side = "request" | "response";

/**
 * The anchor of a struct's section. Struct names are identifiers in practice, but the IR only promises a
 * non-empty string, so anything else is hex-encoded to stay a valid, unique id.
 */
export function structAnchor(side: Side, structName: string): string {
  const safe = /^[A-Za-z_$][\w$]*$/.test(structName)
    ? structName
    : `x${Buffer.from(structName, "utf8").toString("hex")}`;
  return `${side}-struct-${safe}`;
}

/** The TypeScript type of a param's property in the SDK's generated class, on its side of the call. */
export function tsTypeOf(side: Side, p: IrParam): string {
  return tsType(p, side, { struct: (name) => name, FileItem: "FileItem", Date: "Date" });
}

/** Whether a param is (a list of) a struct with its own fields: such params get a struct section. */
export function isStructParam(p: IrParam): boolean {
  return p.structName !== undefined && (p.type === "struct" || p.type === "array") && p.children.length > 0;
}

/** The "limits" cell: the doc's limits in the SDK's words (as check() errors say them), then the default. */
export function limitsOf(p: IrParam): string[] {
  const out = limitPhrases(p.constraints, p.type);
  if (p.default !== undefined && p.default !== "") out.push(`default ${p.default}`);
  return out;
}

/** One column of a parameter table: its header, its cell, and whether a param has anything to show in it. */
export interface Column {
  header: string;
  cell(p: IrParam, depth: number): string;
  /** Columns that could be empty are left out of a table where no param fills them. */
  has?(p: IrParam): boolean;
}

/** The name cell: a tree branch mark for nested params, then the wire name. */
const name = (): Column => ({
  header: "Name",
  cell: (p, depth) => {
    const branch = depth > 0 ? '<span class="param-branch">└</span>' : "";
    return `<span class="param-name" style="--depth:${depth}">${branch}<code>${html(p.name)}</code></span>`;
  },
});

/** The doc's type (a struct links to its section), and the SDK's TypeScript type when it reads differently. */
const type = (side: Side): Column => ({
  header: "Type",
  cell: (p) => {
    const doc = html(p.docType || p.type);
    const docPart = isStructParam(p) ? `<a href="#${structAnchor(side, p.structName!)}">${doc}</a>` : doc;
    const ts = tsTypeOf(side, p);
    const tsPart = ts === (p.docType || p.type) ? "" : `<br><span class="param-ts">${html(ts)}</span>`;
    return `<code>${docPart}</code>${tsPart}`;
  },
});

const required: Column = {
  header: "Required",
  cell: (p) => (p.required ? '<span class="param-required">required</span>' : "optional"),
};

const example: Column = {
  header: "Example",
  cell: (p) => (p.example ? `<code class="param-example">${html(p.example)}</code>` : ""),
  has: (p) => Boolean(p.example),
};

const limits: Column = {
  header: "Limits",
  cell: (p) => limitsOf(p).map(html).join("<br>"),
  has: (p) => limitsOf(p).length > 0,
};

const description: Column = { header: "Description", cell: (p) => htmlLines(p.description) };

/** TOP's own column order: request tables say what is required and limited, response tables do not. */
export function columnsFor(side: Side): Column[] {
  return side === "request"
    ? [name(), type(side), required, example, limits, description]
    : [name(), type(side), example, description];
}

/** A param with its rows' depth and wire path, in table order. */
export interface ParamRow {
  param: IrParam;
  depth: number;
  path: string;
}

/**
 * Params in table order: children right after their parent, so the table reads as a tree; `flat` keeps one
 * level. Paths are spelled as the CLI and check() spell them (`req.type`, `items[0].sku_id`).
 */
export function rowsOf(params: readonly IrParam[], flat: boolean, depth = 0, prefix = ""): ParamRow[] {
  return params.flatMap((param) => {
    const path = prefix + param.name;
    const row = { param, depth, path };
    return flat ? [row] : [row, ...rowsOf(param.children, flat, depth + 1, memberPathPrefix(path, param))];
  });
}

/** One `<tr>`, tagged with the param's wire path and depth (for styling, and for tests to find). */
export function rowHtml(row: ParamRow, columns: readonly Column[]): string {
  const cells = columns.map((c) => `<td>${c.cell(row.param, row.depth)}</td>`).join("");
  return `<tr data-path="${html(row.path)}" data-depth="${row.depth}">${cells}</tr>`;
}

/**
 * A param tree as one raw HTML block (`v-pre`, no blank line, so Markdown passes it through untouched).
 * Nested params follow their struct row, indented and marked `└`; `flat` shows one level only.
 * Example and Limits columns appear only when some param fills them.
 */
export function paramTable(side: Side, params: readonly IrParam[], flat = false): string {
  if (params.length === 0) return `<p class="param-none">No ${side} parameters.</p>`;
  const rows = rowsOf(params, flat);
  const columns = columnsFor(side).filter((c) => !c.has || rows.some((r) => c.has!(r.param)));
  const head = columns.map((c) => `<th>${c.header}</th>`).join("");
  return [
    `<div class="param-table ${side}-params ${flat ? "struct-fields" : "param-tree"}" v-pre><table>`,
    `<thead><tr>${head}</tr></thead><tbody>`,
    ...rows.map((r) => rowHtml(r, columns)),
    "</tbody></table></div>",
  ].join("\n");
}

/** Struct params in doc order, depth first, one per struct name (codegen gives each shape its own name). */
function structsOf(params: readonly IrParam[], seen = new Set<string>()): IrParam[] {
  return params.flatMap((p) => {
    if (!isStructParam(p) || seen.has(p.structName!)) return structsOf(p.children, seen);
    seen.add(p.structName!);
    return [p, ...structsOf(p.children, seen)];
  });
}

/**
 * One section per struct: its SDK class (`XRequest.Foo`, the target of the tree's type links) and its own
 * fields, one level deep; nested structs link on to their sections.
 */
export function structSections(side: Side, params: readonly IrParam[], ownerClass: string): string[] {
  return structsOf(params).map((p) => {
    return [
      `### ${markdownText(p.structName!)} {#${structAnchor(side, p.structName!)}}`,
      `<p class="struct-class" v-pre>TypeScript: <code>${html(`${ownerClass}.${p.structName}`)}</code></p>`,
      paramTable(side, p.children, true),
    ].join("\n\n");
  });
}
