// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NEEDS_ESCAPING = /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]|\*\/|\/\*|^\s*@/m;

/**
 * Doc text is untrusted: it must never end a comment early or smuggle in tags. This keeps it inside a
 * JSDoc block: `*​/` is broken up, CR and other control characters dropped, a leading `@` escaped.
 */
export function commentSafe(text: string): string {
  // Most doc text has nothing to neutralise; checking once is much cheaper than five rewrites.
  if (!NEEDS_ESCAPING.test(text)) return text.trim();
  return (
    text
      .replace(/\r\n?/g, "\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, " ")
      .replace(/\*\//g, "*\\/")
      .replace(/\/\*/g, "/\\*")
      .split("\n")
      .map((line) => line.replace(/^(\s*)@/, "$1\\@"))
      .join("\n")
      .trim()
  );
}

/** A string literal for any text: JSON escaping covers quotes, backslashes and newlines. */
export function literal(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
