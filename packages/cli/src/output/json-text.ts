import { type Palette, palette } from "../io/palette.js";

const PLAIN = palette(false);

/** A JSON string literal; non-ASCII is left as is (readable Chinese), control characters escaped. */
const quote = (s: string) => JSON.stringify(s);

/**
 * JSON text of a result: bigint as bare digits (19-digit ids stay exact), undefined members dropped,
 * 2-space indented when `pretty`, one line otherwise; colored by `style` (keys, strings, numbers, literals).
 */
export function jsonText(value: unknown, pretty: boolean, style: Palette = PLAIN): string {
  const newline = pretty ? "\n" : "";
  const colon = pretty ? ": " : ":";
  const write = (v: unknown, indent: string): string => {
    if (v === null || v === undefined) return style.dim("null");
    switch (typeof v) {
      case "bigint":
        return style.cyan(v.toString());
      case "number":
        return style.cyan(Number.isFinite(v) ? String(v) : "null");
      case "boolean":
        return style.yellow(String(v));
      case "string":
        return style.green(quote(v));
      case "object":
        break;
      default:
        return style.dim("null");
    }
    const inner = pretty ? `${indent}  ` : "";
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      const items = v.map((item) => inner + write(item, inner));
      return `[${newline}${items.join(`,${newline}`)}${newline}${indent}]`;
    }
    const members = Object.entries(v as Record<string, unknown>).filter(([, m]) => m !== undefined);
    if (members.length === 0) return "{}";
    const lines = members.map(([k, m]) => `${inner}${style.blue(quote(k))}${colon}${write(m, inner)}`);
    return `{${newline}${lines.join(`,${newline}`)}${newline}${indent}}`;
  };
  return write(value, "");
}
