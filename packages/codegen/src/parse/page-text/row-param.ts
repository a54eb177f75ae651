import { readDocType } from "../../ir/doc-type.js";
import type { RawParam } from "../../ir/raw-param.js";
import { isStructType } from "./cell-kinds.js";
import { splitExample } from "./example-split.js";
import { applyLimit, type Limits } from "./limits.js";
import type { TableRow } from "./table-rows.js";

interface Cells {
  example?: string | undefined;
  description: string;
  issue?: string | undefined;
}

/** True when a lone cell can only be an example: a literal of the row's number or boolean type. */
function isLiteralOf(docType: string, cell: string): boolean {
  const { type } = readDocType(docType, false);
  if (type === "long" || type === "double" || type === "price") return /^-?\d+(\.\d+)?$/.test(cell);
  return type === "boolean" && /^(true|false)$/i.test(cell);
}

/**
 * A lone cell after type (and 是否必须): a struct row's is its description (their examples are rare),
 * a number or boolean literal is the example; anything else could be either, so it is kept as the
 * description, the example left absent, and the doubt reported.
 */
function loneCell(docType: string, cell: string): Cells {
  if (isStructType(docType)) return { description: cell };
  if (isLiteralOf(docType, cell)) return { example: cell, description: "" };
  return { description: cell, issue: `cannot tell 示例值 from 描述 in "${cell}"; kept as the description` };
}

function cellsOf(row: TableRow): Cells {
  if (row.descriptionBullet !== undefined) {
    return { example: row.cells.join(" ") || undefined, description: row.descriptionBullet };
  }
  if (row.cells.length === 0) return { description: "" };
  if (row.cells.length === 1) return loneCell(row.docType, row.cells[0]!);
  if (row.form !== "plain") return { example: row.cells[0], description: row.cells.slice(1).join("\n") };
  const { example, description } = splitExample(row.cells);
  return { example, description };
}

/** A table row as a raw param (no children yet), and what about it the page left in doubt. */
export function rowParam(row: TableRow, hasRequired: boolean): { param: RawParam; issues: string[] } {
  const limits: Limits = { constraints: {} };
  for (const cell of row.limits) applyLimit(cell, limits);
  const cells = cellsOf(row);
  const issues = cells.issue ? [cells.issue] : [];
  if (hasRequired && row.required === undefined && !row.partial) issues.push("no 是否必须 cell; read as optional");
  const description = [cells.description, ...row.continuation].filter((d) => d !== "").join("\n");
  const param: RawParam = {
    name: row.name,
    docType: row.docType,
    required: row.required ?? false,
    constraints: limits.constraints,
    description,
    children: [],
  };
  if (cells.example !== undefined && cells.example !== "") param.example = cells.example;
  if (limits.default !== undefined) param.default = limits.default;
  return { param, issues };
}
