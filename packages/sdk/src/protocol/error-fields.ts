import type { TopApiErrorFields } from "../errors/index.js";
import { plainValue } from "../runtime/raw-number.js";

const text = (v: unknown): string | undefined => {
  const p = plainValue(v);
  return p === undefined || p === null || p === "" ? undefined : String(p);
};

/** The fields of an `error_response` content (code as text, as Java's `getErrorCode()`). */
export function errorFieldsOf(content: Record<string, unknown>): TopApiErrorFields {
  return {
    code: text(content.code) ?? "",
    msg: text(content.msg),
    subCode: text(content.sub_code),
    subMsg: text(content.sub_msg),
    requestId: text(content.request_id),
  };
}
