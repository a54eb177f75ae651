import type { IncomingMessage } from "node:http";
import { setOwn } from "../runtime/set-own.js";

/** A file part of a multipart body (files are never signed). */
export interface ReceivedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly size: number;
}

/** What one HTTP request to the gateway carried, read the way router/rest reads it. */
export interface Incoming {
  readonly httpMethod: string;
  readonly path: string;
  /** Every text param: the query string's and the body's (form fields or multipart text parts). */
  readonly params: Record<string, string>;
  readonly files: Record<string, ReceivedFile>;
  readonly bodyType: "none" | "form" | "multipart" | "other";
  readonly acceptsGzip: boolean;
}

/** Adds name/value pairs to `out`; a name seen already keeps its first value, as servlet `getParameter` does. */
function addPairs(out: Record<string, string>, pairs: Iterable<[string, string]>): void {
  for (const [name, value] of pairs) if (!Object.hasOwn(out, name)) setOwn(out, name, value);
}

/** Text fields and file parts of a multipart/form-data body, parsed by the platform's own FormData. */
async function multipartFields(raw: Buffer, contentType: string, params: Record<string, string>) {
  const form = await new Request("http://127.0.0.1/", {
    method: "POST",
    body: raw,
    headers: { "content-type": contentType },
  }).formData();
  const files: Record<string, ReceivedFile> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") addPairs(params, [[name, value]]);
    else if (!Object.hasOwn(files, name))
      setOwn(files, name, { fileName: value.name, mimeType: value.type, size: value.size });
  }
  return files;
}

/** Reads the whole request: query params first, then the body's (form-urlencoded as UTF-8, or multipart). */
export async function readIncoming(req: IncomingMessage): Promise<Incoming> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const params: Record<string, string> = {};
  addPairs(params, url.searchParams);
  const contentType = String(req.headers["content-type"] ?? "").toLowerCase();
  let files: Record<string, ReceivedFile> = {};
  let bodyType: Incoming["bodyType"] = raw.length === 0 ? "none" : "other";
  if (contentType.startsWith("multipart/form-data")) {
    bodyType = "multipart";
    files = await multipartFields(raw, String(req.headers["content-type"]), params);
  } else if (raw.length > 0 && (contentType === "" || contentType.startsWith("application/x-www-form-urlencoded"))) {
    bodyType = "form";
    addPairs(params, new URLSearchParams(raw.toString("utf8")));
  }
  return {
    httpMethod: req.method ?? "GET",
    path: url.pathname,
    params,
    files,
    bodyType,
    acceptsGzip: /\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? "")),
  };
}
