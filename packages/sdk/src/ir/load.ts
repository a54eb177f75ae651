import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { irTextFile, withTexts } from "./compact.js";
import { ApiIrError } from "./errors.js";
import { type ApiIr, ApiIrSchema } from "./schema.js";

// An IR coming in: a value validated against the schema, a file, a folder of them.

/** Validates an IR document; throws `ApiIrError` naming `where` and the path of each bad key. */
export function parseIr(value: unknown, where = "IR"): ApiIr {
  const result = ApiIrSchema.safeParse(value);
  if (!result.success) throw new ApiIrError(where, result.error.issues);
  return result.data;
}

/** Like `parseIr`, but returns the error instead of throwing. */
export function safeParseIr(value: unknown, where = "IR"): { ok: true; ir: ApiIr } | { ok: false; error: ApiIrError } {
  const result = ApiIrSchema.safeParse(value);
  return result.success
    ? { ok: true, ir: result.data }
    : { ok: false, error: new ApiIrError(where, result.error.issues) };
}

/** JSON text of an IR file; text that is not JSON fails naming `where`, like a schema error. */
function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiIrError(where, [
      { code: "custom", path: [], message: `not valid JSON (${(e as Error).message})`, input: undefined },
    ]);
  }
}

/**
 * An IR document from its file's text and, for the form the SDK ships (`shippedIr`), the text of its
 * `text/` file; validated.
 */
export function irFromFiles(json: string, where: string, texts?: { json: string; where: string }): ApiIr {
  let value = parseJson(json, where);
  if (texts && typeof value === "object" && value !== null) {
    const parsed = parseJson(texts.json, texts.where);
    try {
      value = withTexts(value as Record<string, unknown>, parsed);
    } catch (e) {
      throw new ApiIrError(texts.where, [
        { code: "custom", path: [], message: (e as Error).message, input: undefined },
      ]);
    }
  }
  return parseIr(value, where);
}

/**
 * Reads and validates one IR file. The SDK ships each IR as two files (`shippedIr`): where
 * `text/<same name>` sits beside it, the texts come from there.
 */
export function readIrFile(path: string): ApiIr {
  const textPath = join(dirname(path), irTextFile(basename(path)));
  const texts = existsSync(textPath) ? { json: readFileSync(textPath, "utf8"), where: textPath } : undefined;
  return irFromFiles(readFileSync(path, "utf8"), path, texts);
}

/** Every IR document in a folder (`<method>.json`; the `text/` folder of a shipped IR is not one), sorted by method. */
export function readIrDir(dir: string): ApiIr[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readIrFile(join(dir, f)));
}
