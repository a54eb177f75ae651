import { type IrParam, memberPathPrefix } from "@topkit/sdk/ir";
import { html } from "../page/escape.js";
import type { Column } from "./columns.js";

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
