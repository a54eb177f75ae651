import { maskSessionKey } from "../protocol/mask.js";

/** Params as `requests` shows them: `session` and `sign` cut to their first 4 characters, like client hooks. */
export function maskedParams(params: Readonly<Record<string, string>>): Record<string, string> {
  const out = { ...params };
  if (out.session) out.session = maskSessionKey(out.session);
  if (out.sign) out.sign = maskSessionKey(out.sign);
  return out;
}
