import type { IrParam, ParamType } from "./schema.js";

// What the doc's types and limits mean for a value, written once: the client's check(), the CLI (typing
// command-line text, `describe`), the docs' limit cells and codegen's JSDoc all take their wording from here.

/** TOP's `Number`/`Long` is Java's 64-bit `long`. */
export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** Decimal integer text (sign optional), as TOP reads a `Number` param. */
const INTEGER_TEXT = /^-?\d+$/;

/** Whether trimmed `text` is decimal integer text; its range is not checked (see `int64Of`). */
export const isIntegerText = (text: string): boolean => INTEGER_TEXT.test(text);

/**
 * A `Number` value (bigint, safe-integer number, or decimal integer text) as a bigint when it fits TOP's 64-bit
 * range; `undefined` when it is no integer or does not fit.
 */
export function int64Of(value: unknown): bigint | undefined {
  let n: bigint;
  if (typeof value === "bigint") n = value;
  else if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) return undefined;
    n = BigInt(value);
  } else if (typeof value === "string" && isIntegerText(value.trim())) n = BigInt(value.trim());
  else return undefined;
  return n >= INT64_MIN && n <= INT64_MAX ? n : undefined;
}

/**
 * A `long`, `double` or `boolean` read from its text (trimmed), as TOP writes them: a `long` as a bigint within
 * the 64-bit range, a `double` as a finite number, a `boolean` from `true`/`false`. Undefined when the text is
 * not one, and for every other type (their text is their value, or read apart). The SDK reads responses by it
 * (`readValue`); the CLI types command-line text by it.
 */
export function scalarOfText(type: ParamType, text: string): bigint | number | boolean | undefined {
  const t = text.trim();
  switch (type) {
    case "long":
      return int64Of(t);
    case "double":
      return t !== "" && Number.isFinite(Number(t)) ? Number(t) : undefined;
    case "boolean":
      return t === "true" ? true : t === "false" ? false : undefined;
    default:
      return undefined;
  }
}

/** The reason given for an integer beyond the 64-bit range (code 41). */
export const INT64_RANGE_REASON = `outside the 64-bit integer range (${INT64_MIN} to ${INT64_MAX})`;

/** The limits a param can carry, in the order they are checked and listed. */
export type Limits = IrParam["constraints"];

/**
 * One limit of the doc (更多限制) as a short phrase: `at most 64 characters` (`bytes` for a file), `at most 20
 * items`, `at most 10`, `at least 0`. The check's error reasons, `topkit describe`, the docs and JSDoc use it.
 */
export function limitPhrase(limit: keyof Limits, value: number, type?: ParamType): string {
  switch (limit) {
    case "maxLength":
      return `at most ${value} ${type === "file" ? "bytes" : "characters"}`;
    case "maxListSize":
      return `at most ${value} items`;
    case "maxValue":
      return `at most ${value}`;
    case "minValue":
      return `at least ${value}`;
  }
}

/** All of a param's limits as phrases, in check order (empty when it has none). */
export function limitPhrases(limits: Limits, type?: ParamType): string[] {
  const out: string[] = [];
  for (const limit of ["maxLength", "maxListSize", "maxValue", "minValue"] as const) {
    const value = limits[limit];
    if (value !== undefined) out.push(limitPhrase(limit, value, type));
  }
  return out;
}
