import { extname } from "node:path";
import type { ApiIr } from "@topkit/sdk/ir";
import type { ParseContext } from "./context.js";
import { parseDocJson } from "./doc-json/parse-doc-json.js";
import { parsePageText } from "./page-text/parse-page-text.js";

export type { ParseContext } from "./context.js";
export { InputError } from "./input-error.js";
export { parseDocJson, parsePageText };

/** Parses one doc input by its form: `.json` is doc JSON, anything else rendered page text. */
export function parseDoc(text: string, ctx: ParseContext): ApiIr {
  const looksJson = extname(ctx.file).toLowerCase() === ".json" || /^\s*\{/.test(text);
  return looksJson ? parseDocJson(text, ctx) : parsePageText(text, ctx);
}
