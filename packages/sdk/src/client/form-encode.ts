/** U+FFFD for each lone surrogate, as UTF-8 encoding (and so the signature) treats them. */
const wellFormed = (text: string) => text.replace(/\p{Surrogate}/gu, "\uFFFD");

/** `encodeURIComponent` with spaces as `+`, as Java's URLEncoder and URLSearchParams write them. */
function encode(text: string): string {
  let out: string;
  try {
    out = encodeURIComponent(text);
  } catch {
    out = encodeURIComponent(wellFormed(text)); // a lone surrogate
  }
  return text.includes(" ") ? out.replaceAll("%20", "+") : out;
}

/**
 * Params as `application/x-www-form-urlencoded` text (`a=1&b=%E4%B8%AD`), for the query string and the
 * form body. Native `encodeURIComponent` is about twice as fast as URLSearchParams' JS encoder on TOP's
 * JSON-heavy values. It leaves `!'()*~` as they are, which form decoders read the same as their escapes.
 */
export function formEncode(params: Readonly<Record<string, string>>): string {
  let out = "";
  for (const name of Object.keys(params)) {
    if (out !== "") out += "&";
    out += `${encode(name)}=${encode(params[name]!)}`;
  }
  return out;
}
