import { maskSessionKey } from "../protocol/mask.js";
import type { FileItem } from "../runtime/file-item.js";
import type { RedactedRequest } from "./options.js";

/** Params as logs may show them: `session` and `sign` cut to their first 4 characters. */
export function maskedParams(params: Readonly<Record<string, string>>): Record<string, string> {
  const out = { ...params };
  if (out.session) out.session = maskSessionKey(out.session);
  if (out.sign) out.sign = maskSessionKey(out.sign);
  return out;
}

/**
 * What hooks are given: the params as sent, with `session` and `sign` shortened and any occurrence of
 * the secret in a value (or a file name) replaced by `<secret>` (`mask`, from `secretMasker`); files by name.
 */
export function redactedRequest(
  apiMethod: string,
  url: string,
  system: Readonly<Record<string, string>>,
  business: Readonly<Record<string, string>>,
  files: Readonly<Record<string, FileItem>>,
  attempt: number,
  mask: (text: string) => string,
): RedactedRequest {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...system, ...business })) params[name] = mask(value);
  if (system.session) params.session = maskSessionKey(system.session);
  if (system.sign) params.sign = maskSessionKey(system.sign);
  const names: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) names[name] = mask(file.fileName);
  return { apiMethod, url, params, files: names, attempt };
}
