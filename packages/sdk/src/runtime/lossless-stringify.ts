/**
 * JSON text like `JSON.stringify`, except that bigint values are written as bare digits (exact 64-bit ids)
 * and `undefined`/`null` object members are dropped. Non-ASCII and `/` are left unescaped, as TOP expects.
 */
export function losslessStringify(value: unknown): string {
  switch (typeof value) {
    case "bigint":
      return value.toString();
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? formatPlainNumber(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? "null" : losslessStringify(v))).join(",")}]`;
      const parts: string[] = [];
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined || v === null || typeof v === "function") continue;
        parts.push(`${JSON.stringify(k)}:${losslessStringify(v)}`);
      }
      return `{${parts.join(",")}}`;
    }
    default:
      return "null";
  }
}

/** A finite number as decimal digits without an exponent (`1e21` -> `1000000000000000000000`). */
export function formatPlainNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toFixed(20).replace(/\.?0+$/, "");
}
