import { isNameCell, isRequiredCell, isTypeCell, requiredValue } from "./cell-kinds.js";

/** A top-level row as printed on one line: cells joined by spaces, empty cells gone. */
export interface PlainLine {
  name: string;
  docType: string;
  /** Undefined when a request row has no 是否必须 cell. */
  required: boolean | undefined;
  /** The tokens after the type (and 是否必须): example and description, not yet told apart. */
  rest: string[];
}

/**
 * Reads a plain row's name, type and 是否必须. The type may be spread over two tokens (`String []`);
 * only one spaced `[]` joins it, so in `img_urls String [] []` the second `[]` is the example.
 * Returns undefined for a line that is not a param row (a wrapped description, stray text).
 */
export function readPlainLine(line: string, hasRequiredColumn: boolean): PlainLine | undefined {
  const tokens = line.trim().split(/\s+/);
  const [name, type] = tokens;
  if (!isNameCell(name) || !isTypeCell(type)) return undefined;
  let docType = type!;
  let next = 2;
  if (tokens[next] === "[]" && !docType.endsWith("[]")) docType = `${docType} ${tokens[next++]}`;
  let required: boolean | undefined;
  if (hasRequiredColumn && isRequiredCell(tokens[next])) required = requiredValue(tokens[next++]!);
  return { name: name!, docType, required, rest: tokens.slice(next) };
}
