import type { FileItem } from "../runtime/file-item.js";
import type { RedactedRequest } from "./options.js";

/** A session key (or a signature) as logs and dry runs may show it: its first 4 characters only. */
export function maskSessionKey(value: string): string {
  return value.length <= 4 ? "****" : `${value.slice(0, 4)}…`;
}

/** Params as logs may show them: `session` and `sign` cut to their first 4 characters. */
export function maskedParams(params: Readonly<Record<string, string>>): Record<string, string> {
  const out = { ...params };
  if (out.session) out.session = maskSessionKey(out.session);
  if (out.sign) out.sign = maskSessionKey(out.sign);
  return out;
}

/** What hooks are given: the params as sent, with `session` and `sign` masked; files by name. */
export function redactedRequest(
  apiMethod: string,
  url: string,
  system: Readonly<Record<string, string>>,
  business: Readonly<Record<string, string>>,
  files: Readonly<Record<string, FileItem>>,
  attempt: number,
): RedactedRequest {
  // Business params cannot be named session/sign (the client refuses that), so masking the merge is exact.
  const params = maskedParams({ ...system, ...business });
  const names: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) names[name] = file.fileName;
  return { apiMethod, url, params, files: names, attempt };
}
