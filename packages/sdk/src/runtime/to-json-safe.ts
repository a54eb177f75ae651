import { setOwn } from "./set-own.js";
import { formatTopDate } from "./top-date.js";

/**
 * A copy that `JSON.stringify` can take without loss or throwing: bigint -> decimal string,
 * Date -> GMT+8 `yyyy-MM-dd HH:mm:ss`, instances -> plain objects of their own enumerable properties.
 */
export function toJsonSafe(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return formatTopDate(value);
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setOwn(out, k, toJsonSafe(v));
    return out;
  }
  return value;
}
