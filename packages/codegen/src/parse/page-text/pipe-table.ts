/**
 * The older rendering that puts `|` between cells (`名称 | 类型 | …`, `---|---|`). We do not read it:
 * nested rows collapse in it, so the tree cannot be recovered.
 */
export function isPipeTable(text: string): boolean {
  return /^\s*\|?\s*名称\s*\|\s*类型\s*\|/m.test(text) || /^\s*\|?\s*-{3,}\s*\|\s*-{3,}\s*\|/m.test(text);
}
