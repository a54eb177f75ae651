import type { RawParam } from "../../ir/raw-param.js";
import { isStructType } from "./cell-kinds.js";
import { type OpenStruct, placeRow } from "./open-structs.js";
import { rowParam } from "./row-param.js";
import type { SampleTree } from "./sample-tree.js";
import type { TableNote, TableRow } from "./table-rows.js";

export interface TreeContext {
  side: "request" | "response";
  section: string;
  /** A sample of this side (Java or JSON request sample, XML or JSON response sample), to settle nesting. */
  sample?: SampleTree | undefined;
  /** On a cut page, the last line of text: the row reaching it may have lost its end. */
  cutLine?: number | undefined;
  warnings: string[];
}

/** `└` rows placed by default under one struct, to report in one warning. */
type Doubts = Map<OpenStruct, { names: string[]; outer: string[] }>;

function reportDoubts(doubts: Doubts, ctx: TreeContext): void {
  for (const [parent, { names, outer }] of doubts) {
    ctx.warnings.push(
      `${ctx.side}: ${parent.path}: the page does not show where its fields end; ${names.join(", ")} ` +
        `read as its fields (nearest struct row above), but may belong to ${[...new Set(outer)].join(" or ")}`,
    );
  }
}

function rowWarnings(row: TableRow, path: string, issues: string[], ctx: TreeContext): void {
  const at = `(${ctx.section} line ${row.line})`;
  for (const issue of issues) ctx.warnings.push(`${ctx.side}: ${path}: ${issue} ${at}`);
  if (row.loose)
    ctx.warnings.push(`${ctx.side}: ${path}: its cells do not fit the rows around them; read loosely ${at}`);
  if (row.partial || (ctx.cutLine !== undefined && row.lastLine >= ctx.cutLine)) {
    ctx.warnings.push(
      `${ctx.side}: ${path}: the page is cut inside this row; what was read of it may be incomplete ${at}`,
    );
  }
}

/**
 * Recovers the param tree from a table's rows: plain rows are top level; a row whose type names a
 * struct opens one; nested rows go where `placeRow` puts them. Every reading the page does not
 * show is reported in `ctx.warnings`, with the param path and the table line.
 */
export function paramTree(rows: readonly TableRow[], notes: readonly TableNote[], ctx: TreeContext): RawParam[] {
  const top: RawParam[] = [];
  let stack: OpenStruct[] = [];
  const doubts: Doubts = new Map();
  for (const note of notes) ctx.warnings.push(`${ctx.side}: ${note.text} (${ctx.section} line ${note.line})`);
  for (const row of rows) {
    const { param, issues } = rowParam(row, ctx.side === "request");
    if (row.partial && row.docType === "") {
      ctx.warnings.push(
        `${ctx.side}: ${row.name}: the table stops inside this row; dropped (${ctx.section} line ${row.line})`,
      );
      continue;
    }
    let path = param.name;
    if (row.form === "plain" || stack.length === 0) {
      if (row.form !== "plain") issues.push("a nested row with no struct row above it; kept at top level");
      top.push(param);
      stack = [];
    } else {
      const place = placeRow(stack, param.name, row.form, ctx.sample);
      const parent = stack[place.index]!;
      path = `${parent.path}.${param.name}`;
      if (!place.certain && row.form === "child") {
        const doubt = doubts.get(parent) ?? { names: [], outer: [] };
        doubt.names.push(param.name);
        doubt.outer.push(...stack.slice(0, place.index).map((o) => o.path));
        doubts.set(parent, doubt);
      } else if (!place.certain) {
        const others = stack.filter((o) => o !== parent).map((o) => o.path);
        issues.push(
          `the page does not show the depth of a struct row without └; read as a field of ${parent.path}, but may belong to ${others.join(" or ")}`,
        );
      }
      parent.param.children.push(param);
      stack = stack.slice(0, place.index + 1);
    }
    rowWarnings(row, path, issues, ctx);
    if (isStructType(param.docType ?? "")) stack.push({ param, path, certainFirst: row.form !== "child" });
  }
  reportDoubts(doubts, ctx);
  return top;
}
