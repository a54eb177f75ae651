const isCount = (tokens: readonly string[]) => tokens.length > 0 && tokens.every((t, i) => t === String(i + 1));

/**
 * A code sample without the line-number gutter the page may print beside it. Three shapes are
 * recognised, each only when the numbers count 1, 2, 3, … exactly: the numbers as lines of their own
 * before the code, all on one line before it, or in front of every code line (`1 {`, `2   "a": 1`).
 */
export function stripGutter(lines: readonly string[]): string[] {
  const code = lines.filter((l) => l.trim() !== "");
  if (code.length < 2) return [...lines];
  const numberLines = code.findIndex((l) => !/^\s*\d+\s*$/.test(l));
  if (numberLines > 0 && isCount(code.slice(0, numberLines).map((l) => l.trim()))) return code.slice(numberLines);
  if (isCount(code[0]!.trim().split(/\s+/)) && /\s/.test(code[0]!.trim())) return code.slice(1);
  const prefixes = code.map((l) => /^\s*(\d+)(?:\s|$)/.exec(l)?.[1] ?? "");
  if (isCount(prefixes)) return code.map((l) => l.replace(/^\s*\d+ ?/, ""));
  return [...lines];
}
