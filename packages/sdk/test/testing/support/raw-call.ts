// Calls the gateway by hand, byte by byte, so every check can be hit with exactly the params it is about.
import { signTopRequest } from "../../../src/protocol/index.js";
import { parseTopXml } from "../../../src/protocol/xml.js";
import { formatTopDate } from "../../../src/runtime/index.js";

export const APP_KEY = "12345678";
/** A secret distinctive enough that finding it anywhere means it leaked. */
export const SECRET = "gw-s3cr3t-Never-Shown-41d7";

export interface RawCall {
  /** System params (query string), before defaults and signing. */
  readonly system?: Record<string, string | undefined>;
  /** Business params (form body, or multipart text parts when there are files). */
  readonly business?: Record<string, string>;
  readonly files?: Record<string, { name: string; bytes: string }>;
  readonly httpMethod?: string;
  readonly path?: string;
  /** Sign with this secret (default SECRET); false sends no `sign`. */
  readonly secret?: string | false;
}

export interface RawAnswer {
  readonly status: number;
  readonly text: string;
  /** The parsed body (JSON, or XML as text values); empty when it is neither. */
  readonly json: Record<string, Record<string, unknown>>;
}

/** System params a correct call carries; a key set to undefined in `system` is left out. */
export function systemParams(system: RawCall["system"] = {}): Record<string, string> {
  const all: Record<string, string | undefined> = {
    method: "topkit.limits.check",
    app_key: APP_KEY,
    timestamp: formatTopDate(Date.now()),
    v: "2.0",
    sign_method: "hmac-sha256",
    format: "json",
    session: "6100e23657fb0b2d0c78",
    ...system,
  };
  return Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Sends one call as written; signs it (query + body text params, never files) unless told not to. */
export async function rawCall(url: string, call: RawCall = {}): Promise<RawAnswer> {
  const httpMethod = call.httpMethod ?? "POST";
  // A GET carries everything in the query string, as the gateway allows.
  const query = httpMethod === "GET" ? { ...call.business, ...systemParams(call.system) } : systemParams(call.system);
  const business = httpMethod === "GET" ? {} : (call.business ?? {});
  const secret = call.secret ?? SECRET;
  if (secret !== false && query.sign === undefined) {
    const method = (query.sign_method ?? "md5") as "md5";
    query.sign = signTopRequest({ ...business, ...query }, secret, method);
  }
  let body: string | FormData | undefined = new URLSearchParams(business).toString();
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded;charset=UTF-8" };
  if (call.files) {
    const form = new FormData();
    for (const [k, v] of Object.entries(business)) form.append(k, v);
    for (const [k, f] of Object.entries(call.files)) form.append(k, new Blob([f.bytes]), f.name);
    body = form;
    delete headers["content-type"];
  }
  if (httpMethod === "GET") body = undefined;
  const target = `${url.replace("/router/rest", call.path ?? "/router/rest")}?${new URLSearchParams(query)}`;
  const res = await fetch(target, { method: httpMethod, body, headers });
  const text = await res.text();
  let json: RawAnswer["json"] = {};
  try {
    json = (text.startsWith("<") ? parseTopXml(text) : JSON.parse(text)) as RawAnswer["json"];
  } catch {}
  return { status: res.status, text, json };
}

/** The error_response's code (a number, from JSON or XML) and sub_msg, or "ok" when the answer was no error. */
export const outcome = (a: RawAnswer) => {
  const e = a.json.error_response;
  return e ? { code: Number(e.code), subMsg: e.sub_msg } : "ok";
};
