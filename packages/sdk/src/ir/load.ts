import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ApiIrError } from "./errors.js";
import { parseIr } from "./parse.js";
import type { ApiIr } from "./schema.js";

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
