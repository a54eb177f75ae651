/** One line of a page with its 1-based line number in the file, for messages that say where. */
export interface PageLine {
  text: string;
  no: number;
}

/** Page text as numbered lines: CRLF and CR unified, a leading BOM dropped. */
export function pageLines(text: string): PageLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line, i) => ({ text: line, no: i + 1 }));
}

const BULLET = /^\s*[•◦▪]\s?(.*)$/;

/** What follows the bullet of a bullet line (`  • └ name` -> `└ name`), or undefined for other lines. */
export function bulletText(line: string): string | undefined {
  const m = BULLET.exec(line);
  return m ? (m[1] ?? "").trim() : undefined;
}

/**
 * Lines without their common leading indentation: a 更多限制 bullet list pushes everything after it
 * four spaces right, samples included, and a sample should read as it was written.
 */
export function dedent(lines: readonly string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(common, /^[ \t]*/.exec(l)?.[0].length ?? 0)));
}
