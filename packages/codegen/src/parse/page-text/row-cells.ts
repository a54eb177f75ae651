import type { Constraints } from "@topkit/sdk/ir";
import { readDocType } from "../../ir/doc-type.js";
import type { TableRow } from "./table-rows.js";

export interface RowCells {
  name: string;
  docType: string;
  required: boolean;
  example?: string | undefined;
  default?: string | undefined;
  description: string;
  constraints: Constraints;
  /** Set when example and description could not be told apart. */
  ambiguous?: string | undefined;
}

const REQUIRED_CELL = /^(必须|可选|必填|选填|是|否|required|optional)$/i;

/** True when a doc type names a struct rather than a scalar (so the row opens a struct), children or not. */
export function isStructType(docType: string): boolean {
  return readDocType(docType, false).structLike;
}

function applyLimit(cell: string, out: RowCells): void {
  const [key, ...rest] = cell.split(/[:：]/);
  const value = rest.join(":").trim();
  const n = Number(value);
  switch (key?.trim()) {
    case "最大长度":
      if (Number.isInteger(n)) out.constraints.maxLength = n;
      break;
    case "最大列表长度":
      if (Number.isInteger(n)) out.constraints.maxListSize = n;
      break;
    case "最大值":
      if (Number.isFinite(n)) out.constraints.maxValue = n;
      break;
    case "最小值":
      if (Number.isFinite(n)) out.constraints.minValue = n;
      break;
    case "默认值":
      out.default = value;
      break;
  }
}

/**
 * Reads a row's cells by column: name, type (`String []` may be split over two tokens), 是否必须 (request
 * tables only), then 示例值 and 描述. A plain row's example is one token; a row with limit bullets has its
 * description in the bullet after them.
 */
export function rowCells(row: TableRow, hasRequiredColumn: boolean): RowCells {
  const cells = [...row.cells];
  const name = cells.shift() ?? "";
  let docType = cells.shift() ?? "";
  while (cells[0] !== undefined && /^(\[\])+$/.test(cells[0])) docType += ` ${cells.shift()}`;
  let required = false;
  if (hasRequiredColumn && cells[0] !== undefined && REQUIRED_CELL.test(cells[0])) {
    required = /^(必须|必填|是|required)$/i.test(cells.shift()!);
  }
  const out: RowCells = { name, docType, required, description: "", constraints: {} };
  for (const limit of row.limits) applyLimit(limit, out);
  const separator = row.form === "plain" ? " " : "\n";
  if (cells.length >= 2) {
    out.example = cells[0];
    out.description = cells.slice(1).join(separator);
  } else if (cells.length === 1) {
    // One cell left: a struct row's is its description (structs carry no example); a scalar's is ambiguous.
    out.description = cells[0]!;
    if (!isStructType(docType)) out.ambiguous = cells[0];
  }
  return out;
}
