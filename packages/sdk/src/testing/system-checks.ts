import type { ApiIr } from "../ir/schema.js";
import { formatTopDate, parseTopDate } from "../runtime/top-date.js";
import { expectedSignature, sameSignature } from "./gateway-sign.js";
import { type GatewayError, topError } from "./top-errors.js";

/** What the gateway knows when it checks a call. */
export interface GatewaySecrets {
  readonly appKey: string;
  readonly appSecret: string;
  /** Session keys the gateway accepts; undefined accepts any non-blank one. */
  readonly sessions: ReadonlySet<string> | undefined;
}

const TEN_MINUTES = 10 * 60 * 1000;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

const blank = (v: string | undefined): v is undefined => v === undefined || v.trim() === "";

/** Epoch ms of a `yyyy-MM-dd HH:mm:ss` GMT+8 timestamp, or undefined when it is not one (e.g. Feb 30th). */
export function timestampMs(text: string): number | undefined {
  if (!TIMESTAMP.test(text)) return undefined;
  const at = parseTopDate(text)?.getTime();
  // Only the exact TOP form counts: reading back must give the same text (no 13th month, no Feb 30th).
  return at !== undefined && formatTopDate(at) === text ? at : undefined;
}

function timestampError(text: string | undefined, now: number): GatewayError | undefined {
  if (blank(text)) return topError(30);
  const at = timestampMs(text);
  if (at === undefined) return topError(31, undefined, `timestamp "${text}" is not yyyy-MM-dd HH:mm:ss (GMT+8)`);
  if (Math.abs(at - now) > TEN_MINUTES) {
    return topError(
      31,
      undefined,
      `timestamp ${text} is more than 10 minutes from the gateway's GMT+8 time ${formatTopDate(now)}`,
    );
  }
  return undefined;
}

function signatureError(params: Readonly<Record<string, string>>, secret: string): GatewayError | undefined {
  if (blank(params.sign)) return topError(24);
  const method = blank(params.sign_method) ? "md5" : params.sign_method;
  const expected = expectedSignature(params, secret, method);
  if (expected === undefined)
    return topError(25, undefined, `unknown sign_method "${method}"; use md5, hmac or hmac-sha256`);
  if (!sameSignature(params.sign, expected)) {
    return topError(25, undefined, `sign does not match the params received (sign_method ${method})`);
  }
  return undefined;
}

function versionError(v: string | undefined): GatewayError | undefined {
  if (blank(v)) return topError(32);
  if (!/^\d+\.\d+$/.test(v)) return topError(33, undefined, `v "${v}" is not a version number`);
  return v === "2.0" ? undefined : topError(34, undefined, `v ${v} is not supported; use 2.0`);
}

function sessionError(
  api: ApiIr,
  session: string | undefined,
  known: GatewaySecrets["sessions"],
): GatewayError | undefined {
  if (blank(session))
    return api.needsSession ? topError(26, undefined, `${api.method} needs a user session`) : undefined;
  if (known && !known.has(session))
    return topError(27, "invalid-sessionkey", "the session key is not one this gateway issued");
  return undefined;
}

/**
 * The platform checks router/rest makes before an API runs, in TOP's codes: method (21/22), app key
 * (28/29), format (23), timestamp within ±10 minutes of GMT+8 now (30/31), version (32-34), signature
 * (24/25) and a session where the API needs one (26/27). Returns the first failure, if any.
 */
export function systemError(
  params: Readonly<Record<string, string>>,
  apis: ReadonlyMap<string, ApiIr>,
  secrets: GatewaySecrets,
  now: number,
): GatewayError | undefined {
  const method = params.method;
  if (blank(method)) return topError(21);
  const api = apis.get(method);
  if (!api) return topError(22, undefined, `this gateway has no API named ${method}`);
  if (blank(params.app_key)) return topError(28);
  if (params.app_key !== secrets.appKey)
    return topError(29, undefined, `app_key ${params.app_key} is not this gateway's app`);
  const format = params.format;
  if (!blank(format) && format !== "json" && format !== "xml") {
    return topError(23, undefined, `format "${format}" is neither json nor xml`);
  }
  return (
    timestampError(params.timestamp, now) ??
    versionError(params.v) ??
    signatureError(params, secrets.appSecret) ??
    sessionError(api, params.session, secrets.sessions)
  );
}
