import type { TopApiErrorFields } from "../errors/index.js";
import { plainValue, RawNumber } from "../runtime/raw-number.js";

/** What a response body holds: the API's content, or the content of an `error_response`. */
export interface Envelope {
  readonly content: Record<string, unknown>;
  readonly isError: boolean;
}

/** Why a body is not the API's answer: a sentence for an error message. */
export interface NotAnEnvelope {
  readonly problem: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);

/**
 * The key wrapping `apiMethod`'s answer as TOP writes it: dots become underscores and a leading
 * `taobao.` is dropped (`taobao.trade.fullinfo.get` -> `trade_fullinfo_get_response`,
 * `tmall.item.update` -> `tmall_item_update_response`). Codegen records it in the IR from this rule.
 */
export function responseKey(apiMethod: string): string {
  const body = apiMethod.startsWith("taobao.") ? apiMethod.slice("taobao.".length) : apiMethod;
  return `${body.replace(/\./g, "_")}_response`;
}

const keysOf = (tree: Record<string, unknown>): string => {
  const keys = Object.keys(tree);
  if (keys.length === 0) return "an empty object";
  const shown = keys.slice(0, 5).map((k) => JSON.stringify(k));
  return `keys ${shown.join(", ")}${keys.length > 5 ? `, … (${keys.length})` : ""}`;
};

/**
 * Opens TOP's envelope strictly, so that nothing but the API's own answer is ever a success:
 * - `error_response` (in any form) is the error, whatever else the root holds;
 * - JSON and XML: the root holds exactly `<method>_response` (see `responseKey`), an object, or empty
 *   text (`<x_response/>`, an answer with no fields);
 * - simplify (`simplify=true`) answers without the wrapper (as the Java parser expects), so the root
 *   itself is the content; it must hold TOP's `request_id` and no other API's `_response` wrapper. The
 *   wrapped form (as the doc site shows) is opened as above.
 * Anything else (`{}`, another API's envelope, an HTML page read as XML) is a `NotAnEnvelope`.
 */
export function openEnvelope(tree: unknown, apiMethod: string, simplify = false): Envelope | NotAnEnvelope {
  if (!isObject(tree)) return { problem: "the answer is not a JSON object or an XML element" };
  const error = tree.error_response;
  if (isObject(error)) return { content: error, isError: true };
  const key = responseKey(apiMethod);
  const keys = Object.keys(tree);
  if (keys.length === 1 && keys[0] === key) {
    const inner = tree[key];
    if (isObject(inner)) return { content: inner, isError: false };
    if (inner === "") return { content: {}, isError: false };
    return { problem: `"${key}" holds no object` };
  }
  if (simplify && !keys.some((k) => k.endsWith("_response")) && tree.request_id !== undefined) {
    return { content: tree, isError: false };
  }
  const expected = simplify ? `"${key}" or a simplified answer with "request_id"` : `only "${key}"`;
  return { problem: `expected ${expected}, got ${keysOf(tree)}` };
}

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
