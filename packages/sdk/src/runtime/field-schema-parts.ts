import { z } from "zod";
import { FileItem } from "./file-item.js";
import type { FieldSpec } from "./spec.js";

/** Message that marks a missing required value (code 40); every other message means code 41. */
export const REQUIRED = "required";

/** A value that passes `test`, else "required" when absent or `expected` otherwise. */
export function typed<T>(test: (v: unknown) => boolean, expected: string): z.ZodType<T> {
  return z.custom<T>(test, { error: (iss) => (iss.input === undefined ? REQUIRED : expected) });
}

export const isLong = (v: unknown) =>
  typeof v === "bigint" ||
  (typeof v === "number" && Number.isSafeInteger(v)) ||
  (typeof v === "string" && /^-?\d+$/.test(v.trim()));
export const isDouble = (v: unknown) =>
  (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && v.trim() !== "" && Number.isFinite(+v));
export const isBoolean = (v: unknown) => typeof v === "boolean" || v === "true" || v === "false";
export const isDate = (v: unknown) => (v instanceof Date && !Number.isNaN(v.getTime())) || typeof v === "string";
export const isPrice = (v: unknown) => (typeof v === "number" && Number.isFinite(v)) || typeof v === "string";
export const isString = (v: unknown) => typeof v === "string";
export const isFile = (v: unknown) => v instanceof FileItem;
export const isMap = (v: unknown) =>
  (typeof v === "object" && v !== null && !Array.isArray(v)) || typeof v === "string";
export const isPresent = (v: unknown) => v !== undefined;

/** Compares a long-ish or double-ish value with a limit without losing 64-bit precision. */
export function compareNumber(value: unknown, limit: number): number {
  if (Number.isInteger(limit) && isLong(value)) {
    const v = BigInt(typeof value === "string" ? value.trim() : (value as bigint | number));
    const l = BigInt(limit);
    return v < l ? -1 : v > l ? 1 : 0;
  }
  const n = Number(value);
  return n < limit ? -1 : n > limit ? 1 : 0;
}

/** Items of an array param given as an array or as comma-joined text. */
export function listItems(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return value.split(",");
  return [value];
}

/** The test of one value of each scalar type and what it expects; other types take any present value. */
export const SCALAR_TESTS: Readonly<Record<string, readonly [(v: unknown) => boolean, string]>> = {
  string: [isString, "expected text"],
  long: [isLong, "expected an integer (bigint, safe integer or decimal digits)"],
  double: [isDouble, "expected a finite number"],
  boolean: [isBoolean, "expected true or false"],
  date: [isDate, "expected a Date or `yyyy-MM-dd HH:mm:ss` text"],
  price: [isPrice, "expected a decimal amount"],
  map: [isMap, "expected an object of text values"],
  file: [isFile, "expected a FileItem"],
};

/** One of the doc's limits (更多限制) on a field: what a value must pass, and the message when it does not. */
export interface LimitRule {
  readonly test: (v: unknown) => boolean;
  readonly message: string;
}

/** The field's limits as rules, in the order they are checked. */
export function limitRules(spec: FieldSpec): LimitRule[] {
  const { maxLength, maxListSize, maxValue, minValue } = spec;
  const rules: LimitRule[] = [];
  if (maxLength !== undefined) {
    const isFile = spec.type === "file";
    rules.push({
      test: (v) => (isFile ? ((v as FileItem).knownSize ?? 0) : String(v).length) <= maxLength,
      message: isFile ? `at most ${maxLength} bytes` : `at most ${maxLength} characters`,
    });
  }
  if (maxListSize !== undefined) {
    rules.push({ test: (v) => listItems(v).length <= maxListSize, message: `at most ${maxListSize} items` });
  }
  if (maxValue !== undefined)
    rules.push({ test: (v) => compareNumber(v, maxValue) <= 0, message: `at most ${maxValue}` });
  if (minValue !== undefined)
    rules.push({ test: (v) => compareNumber(v, minValue) >= 0, message: `at least ${minValue}` });
  return rules;
}
