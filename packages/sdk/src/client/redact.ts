import type { FileItem } from "../runtime/file-item.js";
import type { RedactedRequest } from "./options.js";

/** A session key (or a signature) as logs and dry runs may show it: its first 4 characters only. */
export function maskSessionKey(value: string): string {
  return value.length <= 4 ? "****" : `${value.slice(0, 4)}…`;
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
  const params: Record<string, string> = { ...system, ...business };
  if (system.session) params.session = maskSessionKey(system.session);
  if (system.sign) params.sign = maskSessionKey(system.sign);
  const names: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) names[name] = file.fileName;
  return { apiMethod, url, params, files: names, attempt };
}
