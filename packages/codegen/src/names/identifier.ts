const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Joins the pieces of `text` left between characters that cannot be in an identifier, capitalising
 * every piece after the first, and prefixes `_` before a leading digit: `2013-07-01` -> `_20130701`,
 * `m-kvstore` -> `mKvstore`. Deterministic, so the same doc always gives the same name.
 */
export function toIdentifier(text: string): string {
  const pieces = text.split(/[^A-Za-z0-9_$]+/).filter((p) => p !== "");
  const joined = pieces.map((p, i) => (i === 0 ? p : upperFirst(p))).join("");
  if (joined === "") return "_";
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

export { upperFirst };
