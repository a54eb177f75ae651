import { type FileItem, maskPrepared, type PreparedRequest } from "@topkit/sdk";
import { shellQuote } from "../../io/shell-quote.js";

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

/**
 * What a dry run shows of the request the SDK prepared (checked, built and signed as a send would, never
 * sent): session and sign cut to 4 characters and the endpoint without credentials, by the SDK's own masking.
 */
export function dryRun(prepared: PreparedRequest): DryRun {
  const { url, query, body, files } = maskPrepared(prepared);
  const paths: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) paths[name] = fileSource(file);
  return { method: prepared.httpMethod, url, query: { ...query }, body: { ...body }, files: paths };
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
