import type { FileItem, PreparedRequest } from "@topkit/sdk";
import { curlCommand } from "@topkit/sdk/ir";

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
 * sent), given as the client's `redact()` shows it: session and sign cut to 4 characters, the secret masked
 * wherever a value holds it, the endpoint without credentials.
 */
export function dryRun(shown: PreparedRequest): DryRun {
  const { url, query, body, files } = shown;
  const paths: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) paths[name] = fileSource(file);
  return { method: shown.httpMethod, url, query: { ...query }, body: { ...body }, files: paths };
}

/** The dry run as a curl command, as the SDK spells curl lines (the docs' curl tab too). */
export function curlLine(run: DryRun, files: Readonly<Record<string, FileItem>>): string {
  const sources: Record<string, { path: string; mimeType: string }> = {};
  for (const [name, path] of Object.entries(run.files)) sources[name] = { path, mimeType: files[name]!.mimeType };
  return curlCommand({ url: run.url, query: run.query, body: run.body, files: sources });
}
