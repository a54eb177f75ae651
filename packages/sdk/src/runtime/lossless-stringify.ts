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
      // Plain loops and string building: this runs for every struct param of every call.
      let out = "";
      if (Array.isArray(value)) {
        for (const v of value) out += `${out === "" ? "" : ","}${v === undefined ? "null" : losslessStringify(v)}`;
        return `[${out}]`;
      }
      const record = value as Record<string, unknown>;
      for (const k of Object.keys(record)) {
        const v = record[k];
        if (v === undefined || v === null || typeof v === "function") continue;
        out += `${out === "" ? "" : ","}${JSON.stringify(k)}:${losslessStringify(v)}`;
      }
      return `{${out}}`;
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
