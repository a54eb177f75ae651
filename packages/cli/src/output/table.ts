import { type Palette, palette } from "../io/palette.js";
import { jsonText } from "./json-text.js";
import { oneLine } from "./sanitize.js";
import { padEnd, textWidth } from "./text-width.js";

type Row = Record<string, unknown>;

const isRow = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);

/** A value as one table cell: scalars as text, objects and lists as one-line JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return oneLine(v);
  if (typeof v === "object") return oneLine(jsonText(v, false));
  return String(v);
}

/** `field -> value` lines for an object: nested objects by dotted path, lists of objects by `[i]`. */
function flatten(v: unknown, path: string, out: string[][]): void {
  if (isRow(v) && Object.keys(v).length > 0) {
    for (const [k, inner] of Object.entries(v)) flatten(inner, path ? `${path}.${k}` : k, out);
  } else if (Array.isArray(v) && v.length > 0 && v.every(isRow)) {
    v.forEach((item, i) => {
      flatten(item, `${path}[${i}]`, out);
    });
  } else {
    out.push([path, cellText(v)]);
  }
}

/** Header and rows of the table a value reads as (see `tableText`). */
export function tableCells(value: unknown, cols?: readonly string[]): { header: string[]; rows: string[][] } {
  if (Array.isArray(value) && value.length > 0 && value.every(isRow)) {
    const header = cols && cols.length > 0 ? [...cols] : [...new Set(value.flatMap((row) => Object.keys(row)))];
    return { header, rows: value.map((row) => header.map((col) => cellText(row[col]))) };
  }
  if (Array.isArray(value)) return { header: ["value"], rows: value.map((v) => [cellText(v)]) };
  if (isRow(value)) {
    const rows: string[][] = [];
    flatten(value, "", rows);
    return { header: ["field", "value"], rows };
  }
  return { header: ["value"], rows: [[cellText(value)]] };
}

/**
 * A value as an aligned text table (in the style of aliyun-cli's `--output cols=…`): a list of objects
 * becomes rows and columns (`cols` picks and orders them); any other object becomes `field | value`
 * lines with dotted paths. Column widths count Chinese characters as two columns.
 */
export function tableText(value: unknown, cols?: readonly string[], style: Palette = palette(false)): string {
  const { header, rows } = tableCells(value, cols);
  const widths = header.map((h, i) => Math.max(textWidth(h), ...rows.map((r) => textWidth(r[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]!)))
      .join(" | ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join(" | ");
  return [style.bold(line(header)), rule, ...rows.map(line)].join("\n");
}
