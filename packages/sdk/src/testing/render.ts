import type { ApiIr, IrParam } from "../ir/schema.js";
import { losslessStringify } from "../runtime/lossless-stringify.js";
import { listOf } from "../runtime/read-value.js";
import { setOwn } from "../runtime/set-own.js";
import type { GatewayError } from "./top-errors.js";
import type { Content } from "./typed-content.js";
import { xmlDocument } from "./xml-writer.js";

/** The three bodies router/rest answers with: `format=json`, `format=xml`, and JSON with `simplify=true`. */
export type AnswerForm = "json" | "xml" | "simplify";

const isObject = (v: unknown): v is Content => typeof v === "object" && v !== null && !Array.isArray(v);

/** Content with every list wrapper taken off (`{"orders": [...]}`), as `simplify=true` answers. */
function simplified(params: readonly IrParam[], content: Content): Content {
  const out: Content = {};
  for (const [key, value] of Object.entries(content)) {
    const p = params.find((param) => param.name === key);
    let v = value;
    if (p?.type === "array") {
      // Content keeps every list in its wrapper, so the wrapper's one member is the array.
      v = listOf(value).map((item) => (p.children.length > 0 && isObject(item) ? simplified(p.children, item) : item));
    } else if (p && p.children.length > 0 && isObject(value)) {
      v = simplified(p.children, value);
    }
    setOwn(out, key, v);
  }
  return out;
}

/** The success body of `ir`'s API carrying `requestId`, in the asked-for form. */
export function successBody(ir: ApiIr, content: Content, form: AnswerForm, requestId: string): string {
  if (form === "simplify") return losslessStringify({ ...simplified(ir.response, content), request_id: requestId });
  const inner = { ...content, request_id: requestId };
  if (form === "xml") return xmlDocument(ir.javaNames.responseKey, inner);
  return losslessStringify({ [ir.javaNames.responseKey]: inner });
}

/** An `error_response` body (code as a number in JSON, as TOP sends it); simplify errors keep the wrapper. */
export function errorBody(error: GatewayError, form: AnswerForm, requestId: string): string {
  const fields = {
    code: error.code,
    msg: error.msg,
    sub_code: error.subCode,
    sub_msg: error.subMsg,
    request_id: requestId,
  };
  return form === "xml" ? xmlDocument("error_response", fields) : losslessStringify({ error_response: fields });
}
