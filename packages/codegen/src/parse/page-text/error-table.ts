import type { IrErrorCode } from "@topkit/sdk/ir";
import type { PageLine } from "./page-lines.js";

/** An error code as TOP writes them: `isv.invalid-parameter`, `430005`, `ERR_BAD_SIGN`. */
const CODE = /^(?:[A-Za-z][\w-]*(?:\.[\w-]+)+|\d+|[A-Z][A-Z0-9]*_[A-Z0-9_]+)$/;
const HEADER = /^错误码\s+错误描述/;

/**
 * Rows of 错误码解释 (`错误码 错误描述 解决方案`). A row starts with a code; lines that do not are the
 * previous row's text wrapping. Cells are joined by spaces, so 错误描述 and 解决方案 are only told apart
 * when the row has exactly one word each; otherwise both stay in the message and the doubt is reported.
 */
export function readErrorTable(lines: readonly PageLine[] | undefined, warnings: string[]): IrErrorCode[] {
  const rows: { line: number; code: string; words: string[]; wrapped: boolean }[] = [];
  for (const { text, no } of lines ?? []) {
    const line = text.trim();
    if (line === "" || HEADER.test(line)) continue;
    const [first = "", ...words] = line.split(/\s+/);
    const last = rows.at(-1);
    if (CODE.test(first)) rows.push({ line: no, code: first, words, wrapped: false });
    else if (last) {
      last.words.push(...line.split(/\s+/));
      last.wrapped = true;
    } else warnings.push(`错误码解释 line ${no}: "${line}" names no error code; skipped`);
  }
  return rows.map(({ line, code, words, wrapped }) => {
    if (words.length === 2 && !wrapped) return { code, message: words[0]!, solution: words[1]! };
    if (words.length > 2 || wrapped) {
      warnings.push(`错误码解释 line ${line}: ${code}: cannot tell 错误描述 from 解决方案; both kept as the message`);
    }
    return { code, message: words.join(" ") };
  });
}
