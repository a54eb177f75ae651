import { isUtf8 } from "node:buffer";
import { gunzip, inflate, type ZlibOptions } from "node:zlib";
import { Agent, type Dispatcher, EnvHttpProxyAgent, type FormData, ProxyAgent } from "undici";
import { bodyExcerpt, TopParseError, TopResponseTooLargeError, TopTimeoutError } from "../errors/index.js";
import type { Deadline } from "./deadline.js";
import { type RawReply, ReplyHandler } from "./reply-handler.js";

// The HTTP leg of a call: the client's connection pool, and one POST with its answer read within limits.

const PROXY_ENV = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];

/**
 * The client's one keep-alive connection pool: through `proxy` when given, through the proxy the
 * environment names (HTTPS_PROXY / HTTP_PROXY, minus NO_PROXY hosts) when unset, else direct.
 * The environment is read once, here, so a client's routing does not change under it.
 */
export function createDispatcher(proxy: string | false | undefined, connectTimeoutMs: number): Dispatcher {
  const connect = { timeout: connectTimeoutMs };
  if (typeof proxy === "string") return new ProxyAgent({ uri: proxy, connect });
  if (proxy !== false && PROXY_ENV.some((name) => process.env[name])) return new EnvHttpProxyAgent({ connect });
  return new Agent({ connect });
}

export interface HttpExchange {
  /** `http(s)://host[:port]` of the endpoint. */
  readonly origin: string;
  /** Path and query string (the system params). */
  readonly path: string;
  readonly body: string | FormData;
  readonly headers: Record<string, string>;
  /** The attempt's deadline; its `where` (the endpoint without the query string) names the failure. */
  readonly deadline: Deadline;
  /** Most bytes the answer may have, received and inflated alike (`maxResponseBytes`). */
  readonly maxBytes: number;
  readonly signal: AbortSignal | undefined;
}

export interface HttpReply {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** Inflated in 1 MiB steps (zlib's default is 16 KiB): a large answer, or a bomb up to the limit, takes a few steps. */
const INFLATE_CHUNK = 1 << 20;

function inflated(bytes: Buffer, coding: string, maxOutputLength: number): Promise<Buffer> {
  const options: ZlibOptions = { maxOutputLength, chunkSize: INFLATE_CHUNK };
  const run = coding.includes("gzip") ? gunzip : inflate;
  return new Promise((resolve, reject) => run(bytes, options, (error, out) => (error ? reject(error) : resolve(out))));
}

/**
 * Bytes as text. In a 2xx answer, bytes that are not UTF-8 (TOP always answers in UTF-8) are a
 * TopParseError rather than values silently holding U+FFFD where the answer's characters were; the body
 * of any other status is only shown (in a TopHttpError), so it is decoded leniently.
 */
function utf8Text(bytes: Buffer, status: number, where: string): string {
  if (status < 200 || status > 299 || isUtf8(bytes)) return bytes.toString("utf8");
  throw new TopParseError(
    `the answer from ${where} is not UTF-8 text (TOP answers in UTF-8; a proxy or another server may have answered)`,
    bodyExcerpt(bytes.toString("latin1", 0, 200)),
  );
}

/**
 * The body as UTF-8 text, gunzipped or inflated first when content-encoding says so: at most `maxBytes`
 * inflated (zlib stops there, so a bomb never grows past the limit) and within the deadline (zlib works
 * off the main thread; past the deadline the call rejects and the inflating is left to stop at the limit).
 */
async function decode({ bytes, coding, status }: RawReply, x: HttpExchange): Promise<string> {
  if (!coding.includes("gzip") && !coding.includes("deflate")) return utf8Text(bytes, status, x.deadline.where);
  const { deadline } = x;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    const remaining = deadline.remaining();
    if (Number.isFinite(remaining)) timer = setTimeout(() => reject(deadline.error()), remaining);
  });
  let out: Buffer;
  try {
    out = await Promise.race([inflated(bytes, coding, x.maxBytes), late]);
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new TopResponseTooLargeError(deadline.where, x.maxBytes, "inflated");
    }
    if (error instanceof TopTimeoutError) throw error;
    throw new TopParseError(
      `the ${coding} body from ${deadline.where} does not decompress (${(error as Error).message})`,
      bodyExcerpt(bytes.toString("latin1", 0, 80)),
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
  return utf8Text(out, status, deadline.where);
}

/**
 * One POST under the attempt's deadline and size limit; rejects with TopTimeoutError, TopAbortError,
 * TopResponseTooLargeError, TopParseError (a body that does not decompress) or TopConnectionError (the
 * undici error as `cause`: it tells whether resending is safe).
 */
export async function post(dispatcher: Dispatcher, x: HttpExchange): Promise<HttpReply> {
  const raw = await new Promise<RawReply>((resolve, reject) => {
    const handler = new ReplyHandler(x.deadline, x.maxBytes, x.signal, resolve, reject);
    dispatcher.dispatch({ origin: x.origin, path: x.path, method: "POST", headers: x.headers, body: x.body }, handler);
  });
  // Plain bodies (most of them) are decoded in place; only compressed ones wait for zlib.
  const plain = raw.coding === "" || raw.coding === "identity";
  const body = plain ? utf8Text(raw.bytes, raw.status, x.deadline.where) : await decode(raw, x);
  return { status: raw.status, contentType: raw.contentType, body };
}
