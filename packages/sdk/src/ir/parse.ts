import { ApiIrError } from "./errors.js";
import { type ApiIr, ApiIrSchema } from "./schema.js";

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
