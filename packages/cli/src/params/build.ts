import { type FieldSpec, plainValue } from "@topkit/sdk";
import { usageError } from "../cli-error.js";
import type { Context } from "../io/context.js";
import { argText } from "./arg-text.js";
import { objectFromJson, tryJson, valueFromText } from "./coerce.js";
import { fileParam } from "./file-param.js";
import { resolvePath, setIn, splitPath, splitSetPair } from "./paths.js";

/** Params as given on the command line. */
export interface ParamArgs {
  /** `--json`: an object, `@file.json` or `@-`. */
  readonly json?: string;
  /** `--set path=value`, in order; later ones win. */
  readonly sets: readonly string[];
}

/** The `--json` argument as a parsed object (numbers kept as RawNumber for lossless typing). */
async function jsonObject(ctx: Context, raw: string): Promise<Record<string, unknown>> {
  const text = await argText(ctx, raw, "--json");
  const parsed = tryJson(text);
  if (!parsed) throw usageError("--json: not valid JSON", `give an object such as '{"req":{"type":1}}', or @file.json`);
  const v = parsed.value;
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw usageError("--json: expected a JSON object");
  return v as Record<string, unknown>;
}

/**
 * Params of an API the SDK ships, typed by the fields of its generated request class (`Request.$fields`):
 * `--json` first, then each `--set`. Keyed by the class's property names: what `new Request(…)` takes.
 */
export async function typedParams(
  ctx: Context,
  fields: readonly FieldSpec[],
  args: ParamArgs,
): Promise<Record<string, unknown>> {
  const tree = args.json === undefined ? {} : objectFromJson(fields, await jsonObject(ctx, args.json), "");
  for (const pair of args.sets) {
    const { path, raw } = splitSetPair(pair);
    const { segments, keys, spec, item } = resolvePath(fields, path);
    const isFile = (item ? spec.item : spec.type) === "file";
    const value = isFile
      ? await fileParam(ctx, raw, path)
      : valueFromText(spec, item, await argText(ctx, raw, `--set ${path}`), path);
    setIn(tree, keys, value, segments);
  }
  return tree;
}

/** Params of a method the SDK does not know: `--json` as JSON values, `--set` values as text. */
export async function untypedParams(ctx: Context, args: ParamArgs): Promise<Record<string, unknown>> {
  const tree = args.json === undefined ? {} : (plainValue(await jsonObject(ctx, args.json)) as Record<string, unknown>);
  for (const pair of args.sets) {
    const { path, raw } = splitSetPair(pair);
    setIn(tree, splitPath(path), await argText(ctx, raw, `--set ${path}`));
  }
  return tree;
}
