import { isIntegerText } from "../ir/doc-values.js";
import { setOwn } from "./set-own.js";

/**
 * A JSON number kept as its source text, so that the reader can make it a bigint, a double or a price
 * string according to the IR type without ever passing through a lossy float.
 */
export class RawNumber {
  constructor(readonly text: string) {}

  /** As a JS value for untyped places: a number when exact, else a bigint (integers) or the text. */
  toValue(): number | bigint | string {
    if (isIntegerText(this.text)) {
      const n = Number(this.text);
      return Number.isSafeInteger(n) ? n : BigInt(this.text);
    }
    const n = Number(this.text);
    return Number.isFinite(n) ? n : this.text;
  }
}

/** Replaces every RawNumber in a parsed tree with its plain value (for `json`/`unknown` fields). */
export function plainValue(value: unknown): unknown {
  if (value instanceof RawNumber) return value.toValue();
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, plainValue(v));
    return out;
  }
  return value;
}
