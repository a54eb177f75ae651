import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

/** Reads and validates one IR file; a file that is not JSON fails with its path, like a schema error. */
export function readIrFile(path: string): ApiIr {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ApiIrError(path, [
      { code: "custom", path: [], message: `not valid JSON (${(e as Error).message})`, input: undefined },
    ]);
  }
  return parseIr(value, path);
}

/** Every IR document in a folder (`<method>.json`), sorted by method. */
export function readIrDir(dir: string): ApiIr[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readIrFile(join(dir, f)));
}
