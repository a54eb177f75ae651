import { promisify } from "node:util";
import { gunzip, inflate } from "node:zlib";
import type { Dispatcher, FormData } from "undici";
import { bodyExcerpt, TopParseError } from "../errors/index.js";
import { type RawReply, ReplyHandler } from "./reply-handler.js";

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);

export interface HttpExchange {
  /** `http(s)://host[:port]` of the endpoint. */
  readonly origin: string;
  /** Path and query string (the system params). */
  readonly path: string;
  /** Where to say the failure happened: the endpoint without the query string (never the signature). */
  readonly where: string;
  readonly body: string | FormData;
  readonly headers: Record<string, string>;
  readonly totalTimeoutMs: number;
  readonly signal: AbortSignal | undefined;
}

export interface HttpReply {
  readonly status: number;
  readonly body: string;
}

/** The body as UTF-8 text, gunzipped or inflated first when content-encoding says so. */
async function decode({ bytes, coding }: RawReply, where: string): Promise<string> {
  try {
    if (coding.includes("gzip")) return (await gunzipAsync(bytes)).toString("utf8");
    if (coding.includes("deflate")) return (await inflateAsync(bytes)).toString("utf8");
  } catch (error) {
    throw new TopParseError(
      `the ${coding} body from ${where} does not decompress`,
      bodyExcerpt(bytes.toString("latin1", 0, 80)),
      {
        cause: error,
      },
    );
  }
  return bytes.toString("utf8");
}

/**
 * One POST with a total deadline; rejects with TopTimeoutError, TopAbortError or TopConnectionError
 * (the undici error as `cause`: it tells whether resending is safe).
 */
export async function post(dispatcher: Dispatcher, x: HttpExchange): Promise<HttpReply> {
  const raw = await new Promise<RawReply>((resolve, reject) => {
    const handler = new ReplyHandler(x.where, x.totalTimeoutMs, x.signal, resolve, reject);
    dispatcher.dispatch({ origin: x.origin, path: x.path, method: "POST", headers: x.headers, body: x.body }, handler);
  });
  // Plain bodies (most of them) are decoded in place; only compressed ones wait for zlib.
  const body = raw.coding === "" || raw.coding === "identity" ? raw.bytes.toString("utf8") : await decode(raw, x.where);
  return { status: raw.status, body };
}
