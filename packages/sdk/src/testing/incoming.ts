import type { IncomingMessage } from "node:http";
import { setOwn } from "../runtime/set-own.js";
import { type BodyLimits, type ReceivedFile, readMultipart, sizeText, UnreadableBody } from "./multipart.js";

export type { ReceivedFile } from "./multipart.js";

/** What one HTTP request to the gateway carried, read the way router/rest reads it. */
export interface Incoming {
  readonly httpMethod: string;
  readonly path: string;
  /** Every text param: the query string's and the body's (form fields or multipart text parts). */
  readonly params: Record<string, string>;
  readonly files: Record<string, ReceivedFile>;
  readonly bodyType: "none" | "form" | "multipart" | "other";
  readonly acceptsGzip: boolean;
  /** Why the body could not be read (its params are then not used), when it could not. */
  readonly bodyError?: string;
}

/** Adds name/value pairs to `out`; a name seen already keeps its first value, as servlet `getParameter` does. */
function addPairs(out: Record<string, string>, pairs: Iterable<[string, string]>): void {
  for (const [name, value] of pairs) if (!Object.hasOwn(out, name)) setOwn(out, name, value);
}

/** The body, at most `max` bytes of it (undefined when longer: the rest is drained, not kept). */
async function bodyBytes(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= max) chunks.push(chunk as Buffer);
  }
  return size <= max ? Buffer.concat(chunks) : undefined;
}

/**
 * Text params (into `params`) and files of a multipart body, or why it could not be read. Params are
 * taken only from a body read whole: a half-read body could pass a call TOP would refuse.
 */
async function multipartParts(raw: Buffer, contentType: string, params: Record<string, string>, limits: BodyLimits) {
  try {
    const { text, files } = await readMultipart(raw, contentType, limits);
    addPairs(params, text);
    const byName: Record<string, ReceivedFile> = {};
    for (const [name, file] of files) if (!Object.hasOwn(byName, name)) setOwn(byName, name, file);
    return { files: byName, bodyError: undefined };
  } catch (error) {
    if (!(error instanceof UnreadableBody)) throw error;
    return { files: {}, bodyError: error.message };
  }
}

/** Reads the whole request: query params first, then the body's (form-urlencoded as UTF-8, or multipart). */
export async function readIncoming(req: IncomingMessage, limits: BodyLimits): Promise<Incoming> {
  const raw = await bodyBytes(req, limits.bodyBytes);
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const params: Record<string, string> = {};
  addPairs(params, url.searchParams);
  const header = String(req.headers["content-type"] ?? "");
  const contentType = header.toLowerCase();
  let files: Record<string, ReceivedFile> = {};
  let bodyError: string | undefined;
  let bodyType: Incoming["bodyType"] = raw?.length === 0 ? "none" : "other";
  if (contentType.startsWith("multipart/form-data")) bodyType = "multipart";
  else if (raw?.length !== 0 && (contentType === "" || contentType.startsWith("application/x-www-form-urlencoded")))
    bodyType = "form";
  if (raw === undefined) {
    bodyError = `the request body is larger than ${sizeText(limits.bodyBytes)}, the most the gateway reads`;
  } else if (bodyType === "multipart") {
    ({ files, bodyError } = await multipartParts(raw, header, params, limits));
  } else if (bodyType === "form") {
    addPairs(params, new URLSearchParams(raw.toString("utf8")));
  }
  return {
    httpMethod: req.method ?? "GET",
    path: url.pathname,
    params,
    files,
    bodyType,
    acceptsGzip: /\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? "")),
    ...(bodyError !== undefined && { bodyError }),
  };
}
