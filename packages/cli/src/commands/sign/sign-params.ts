import { losslessStringify, plainValue } from "@topkit/sdk";
import { usageError } from "../../cli-error.js";
import type { Context } from "../../io/context.js";
import { argText } from "../../params/arg-text.js";
import { tryJson } from "../../params/coerce.js";

/** Text params as signed: JSON values other than text become their JSON text. */
function textOf(value: unknown): string {
  const v = plainValue(value);
  return typeof v === "string" ? v : losslessStringify(v);
}

/** `name=value&…`, a whole URL (its query is taken), or one `name=value` pair. */
function pairsOf(text: string): [string, string][] {
  const t = text.trim();
  if (/^https?:\/\//i.test(t)) return [...new URL(t).searchParams];
  if (t.includes("&")) return [...new URLSearchParams(t)];
  const eq = t.indexOf("=");
  if (eq <= 0) throw usageError(`"${text}": expected name=value, a query string or a URL`);
  return [[t.slice(0, eq), t.slice(eq + 1)]];
}

/** A `--json` object's members as text params. */
async function jsonParams(ctx: Context, raw: string): Promise<[string, string][]> {
  const parsed = tryJson(await argText(ctx, raw, "--json"));
  const v = parsed?.value;
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw usageError("--json: expected a JSON object of params");
  return Object.entries(v).map(([k, x]) => [k, textOf(x)]);
}

/**
 * The params to sign, from `name=value` words, query strings or URLs (as logged or as a dry run
 * prints them), `@file`/`@-` holding any of those, and `--json`. Later values win.
 */
export async function signParams(
  ctx: Context,
  words: readonly string[],
  json?: string,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const put = ([k, v]: [string, string]) =>
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  if (json !== undefined) (await jsonParams(ctx, json)).forEach(put);
  for (const word of words) {
    const text = word.startsWith("@") && !word.includes("=") ? await argText(ctx, word, "sign") : word;
    for (const line of text.split(/\r?\n/).filter((l) => l.trim() !== "")) pairsOf(line).forEach(put);
  }
  if (Object.keys(out).length === 0)
    throw usageError("no params to sign", "give name=value pairs, a query string, a URL or --json");
  return out;
}
