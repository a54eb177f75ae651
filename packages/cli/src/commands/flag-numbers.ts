import { usageError } from "../cli-error.js";

/** `--timeout`: milliseconds, or with a unit: `500ms`, `30s`, `2m`. */
export function durationMs(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw usageError(`${flag} "${text}": expected a duration such as 5000, 500ms, 30s or 2m`);
  const n = Number(m[1]);
  return Math.round(m[2] === "s" ? n * 1000 : m[2] === "m" ? n * 60_000 : n);
}

/** A whole number ≥ 0 (`--retries`, `--port`), with an upper bound. */
export function wholeNumber(text: string, flag: string, max: number): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n > max)
    throw usageError(`${flag} "${text}": expected a whole number from 0 to ${max}`);
  return n;
}
