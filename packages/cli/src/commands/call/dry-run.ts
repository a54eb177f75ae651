import type { FileItem, RedactedRequest } from "@topkit/sdk";
import { SYSTEM_PARAM_NAMES } from "@topkit/sdk";
import { shellQuote } from "../../io/shell-quote.js";

/**
 * Thrown from the client's `onRequest` hook to stop a call after the SDK has checked, built and
 * signed it but before a byte is sent: a dry run goes through exactly the path a real call takes,
 * and shows what the SDK's redaction shows (session and sign cut to 4 characters, never the secret).
 */
export class DryRunStop extends Error {
  constructor(readonly request: RedactedRequest) {
    super("dry run: stopped before sending");
  }
}

/** A signed request split as it goes out: system params in the query, business params in the body. */
export interface DryRun {
  readonly method: "POST";
  readonly url: string;
  readonly query: Record<string, string>;
  readonly body: Record<string, string>;
  readonly files: Record<string, string>;
}

/** Where each file param would be read from, for `-F name=@path`. */
function fileSource(file: FileItem): string {
  return file.source.kind === "path" ? file.source.path : "-";
}

/** The endpoint as shown: any user:password in it is left out. */
function shownUrl(endpoint: string): string {
  const url = new URL(endpoint);
  url.username = "";
  url.password = "";
  return url.toString();
}

export function dryRun(endpoint: string, request: RedactedRequest, files: Readonly<Record<string, FileItem>>): DryRun {
  const query: Record<string, string> = {};
  const body: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.params)) {
    if (SYSTEM_PARAM_NAMES.has(name)) query[name] = value;
    else body[name] = value;
  }
  const paths: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) paths[name] = fileSource(file);
  return { method: "POST", url: shownUrl(endpoint), query, body, files: paths };
}

/** The dry run as a curl command, one option per line; curl does the URL encoding. */
export function curlLine(run: DryRun, files: Readonly<Record<string, FileItem>>): string {
  const lines = [`curl -X POST --compressed ${shellQuote(run.url)}`];
  for (const [name, value] of Object.entries(run.query)) lines.push(`--url-query ${shellQuote(`${name}=${value}`)}`);
  const multipart = Object.keys(run.files).length > 0;
  if (multipart) {
    for (const [name, value] of Object.entries(run.body)) lines.push(`--form-string ${shellQuote(`${name}=${value}`)}`);
    for (const [name, path] of Object.entries(run.files)) {
      lines.push(`-F ${shellQuote(`${name}=@${path};type=${files[name]?.mimeType ?? "application/octet-stream"}`)}`);
    }
  } else {
    lines.push(`-H ${shellQuote("Content-Type: application/x-www-form-urlencoded;charset=UTF-8")}`);
    for (const [name, value] of Object.entries(run.body))
      lines.push(`--data-urlencode ${shellQuote(`${name}=${value}`)}`);
  }
  return lines.join(" \\\n  ");
}
