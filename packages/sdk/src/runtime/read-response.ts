import { bodyExcerpt, TopResponseValueError } from "../errors/index.js";
import { plainValue } from "./raw-number.js";
import { readFieldsInto } from "./read-value.js";
import type { ResponseClass } from "./request.js";
import type { TopResponse } from "./response.js";

const asText = (v: unknown): string | undefined => {
  const p = plainValue(v);
  return p === undefined || p === null ? undefined : String(p);
};

/**
 * Builds a typed response from the envelope's content: the object inside `xxx_response` (or the whole
 * body with `simplify`), or the object inside `error_response` when `isError` is set. A value that
 * cannot be its declared type is a TopResponseValueError naming its path, with an excerpt of `body`.
 */
export function readResponse<R extends TopResponse>(
  Response: ResponseClass<R>,
  content: Record<string, unknown>,
  body: string,
  isError = false,
): R {
  const rsp = new Response();
  rsp.setBody(body);
  if (isError) {
    rsp.errorCode = asText(content.code);
    rsp.msg = asText(content.msg);
    rsp.subCode = asText(content.sub_code);
    rsp.subMsg = asText(content.sub_msg);
  } else {
    try {
      readFieldsInto(rsp, Response.$fields, content);
    } catch (error) {
      if (!(error instanceof TopResponseValueError)) throw error;
      const { path, expected, received } = error;
      throw new TopResponseValueError(path, expected, received, bodyExcerpt(body));
    }
  }
  rsp.requestId = asText(content.request_id) ?? rsp.requestId;
  for (const key of ["errorCode", "msg", "subCode", "subMsg", "requestId"] as const) {
    if (rsp[key] === undefined) delete rsp[key];
  }
  return rsp;
}
