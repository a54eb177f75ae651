import type { RawParam } from "../../ir/raw-param.js";
import { isStructType, rowCells } from "./row-cells.js";
import type { TableRow } from "./table-rows.js";

function toRaw(row: TableRow, hasRequiredColumn: boolean, section: string, warnings: string[]): RawParam {
  const cells = rowCells(row, hasRequiredColumn);
  if (cells.ambiguous !== undefined) {
    warnings.push(
      `${section} line ${row.line}: ${cells.name}: cannot tell example from description in "${cells.ambiguous}"; kept as description`,
    );
  }
  return {
    name: cells.name,
    docType: cells.docType,
    required: cells.required,
    example: cells.example,
    default: cells.default,
    constraints: cells.constraints,
    description: cells.description,
    children: [],
  };
}

/**
 * Recovers the param tree from a table's rows: plain rows are top level; `└` rows belong to the nearest
 * open struct; a struct row without `└` inside a group nests under the current struct (that depth is
 * a reading the text alone cannot confirm, so it is recorded as a warning).
 */
export function paramTree(
  rows: readonly TableRow[],
  hasRequiredColumn: boolean,
  section: string,
  warnings: string[],
): RawParam[] {
  const top: RawParam[] = [];
  const stack: RawParam[] = [];
  for (const row of rows) {
    const param = toRaw(row, hasRequiredColumn, section, warnings);
    const opensStruct = isStructType(param.docType ?? "");
    if (row.form === "plain") {
      top.push(param);
      stack.length = 0;
    } else {
      const parent = stack.at(-1);
      if (!parent) {
        warnings.push(`${section} line ${row.line}: ${param.name}: nested row with no struct above; kept at top level`);
        top.push(param);
      } else {
        parent.children.push(param);
        if (row.form === "nested") {
          warnings.push(
            `${section} line ${row.line}: ${param.name}: struct row without └ read as a child of ${parent.name}`,
          );
        }
      }
    }
    if (opensStruct) stack.push(param);
  }
  return top;
}
