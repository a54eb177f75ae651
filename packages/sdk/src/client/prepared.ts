import type { FileItem } from "../runtime/file-item.js";
import { FORM_CONTENT_TYPE } from "./options.js";
import { maskedParams } from "./redact.js";

/**
 * A request checked, built and signed exactly as `execute`/`call` would send it, but not sent (a dry run,
 * a curl line, a request handed to another transport). It holds the signature, never the app secret; the
 * session is the caller's own and is there in full: show `client.redact(p)` rather than `p`.
 */
export interface PreparedRequest {
  readonly apiMethod: string;
  readonly httpMethod: "POST";
  /** The endpoint as given to the client, without the query the system params make. */
  readonly url: string;
  /** System params with `sign`, sent in the query string. */
  readonly query: Readonly<Record<string, string>>;
  /** Business text params, sent as the form body (or as multipart fields when there are files). */
  readonly body: Readonly<Record<string, string>>;
  /** File params, sent as multipart parts; never signed. */
  readonly files: Readonly<Record<string, FileItem>>;
  /** The form content type, or `multipart/form-data` (the boundary is chosen when the body is written). */
  readonly contentType: typeof FORM_CONTENT_TYPE | "multipart/form-data";
}

/** When `prepare` signs: the timestamp TOP checks (±10 min) is taken from it. Default: now. */
export interface PrepareOptions {
  readonly now?: Date | number;
}

export function preparedRequest(
  apiMethod: string,
  url: string,
  query: Record<string, string>,
  body: Record<string, string>,
  files: Readonly<Record<string, FileItem>>,
): PreparedRequest {
  const contentType = Object.keys(files).length > 0 ? "multipart/form-data" : FORM_CONTENT_TYPE;
  return { apiMethod, httpMethod: "POST", url, query, body, files, contentType };
}

/**
 * A prepared request as logs and dry runs may show it (what `client.redact(p)` returns): `session` and `sign` cut
 * to their first 4 characters, `mask` (the client's `secretMasker`) over every other value, so the app secret
 * never shows even where a business value holds it by mistake, and any `user:password` in the endpoint left out.
 */
export function maskPrepared(prepared: PreparedRequest, mask: (text: string) => string): PreparedRequest {
  const url = new URL(prepared.url);
  url.username = "";
  url.password = "";
  const masked = (params: Readonly<Record<string, string>>) =>
    Object.fromEntries(Object.entries(params).map(([name, value]) => [name, mask(value)]));
  return { ...prepared, url: url.toString(), query: maskedParams(masked(prepared.query)), body: masked(prepared.body) };
}
