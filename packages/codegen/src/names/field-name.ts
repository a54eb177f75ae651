import { isIdentifier, toIdentifier, upperFirst } from "./identifier.js";

/**
 * The Java SDK's field name for a wire name: split on `_` and `.`, keep the first part, capitalise the
 * first letter of each later part, change nothing else (`is_3D` -> `is3D`, `mail_n_o` -> `mailNO`,
 * `location.city` -> `locationCity`, `callbackUrl` unchanged). Empty parts from leading or doubled
 * separators are skipped (`_t` -> `t`); anything still not an identifier goes through `toIdentifier`.
 */
export function fieldName(wire: string): string {
  const parts = wire.split(/[_.]/).filter((p) => p !== "");
  const joined = parts.map((p, i) => (i === 0 ? p : upperFirst(p))).join("");
  if (isIdentifier(joined)) return joined;
  return toIdentifier(joined === "" ? wire : joined);
}

/** `order_info` -> `OrderInfo`: a param's name as a class-name prefix (struct rename rule). */
export function pascalName(wire: string): string {
  return upperFirst(fieldName(wire));
}
