import { parseLosslessJson } from "./lossless-json.js";

/** A trailing `<!--top…-->` comment (TOP's server stamp); tolerated after JSON as well as XML. */
const TRAILING_COMMENT = /<!--[^]*?-->\s*$/;

/**
 * Parses a TOP body into a tree, JSON or XML by its first character rather than the content type
 * (TOP labels JSON `text/javascript`, and proxies relabel): JSON numbers arrive as `RawNumber`,
 * XML values as text. The XML parser is loaded on first use, so JSON callers never pay for it.
 */
export async function parseBody(body: string): Promise<unknown> {
  const text = body.trimStart();
  if (text.startsWith("<")) {
    const { parseTopXml } = await import("./xml.js");
    return parseTopXml(text);
  }
  const end = text.endsWith(">") ? text.replace(TRAILING_COMMENT, "") : text;
  return parseLosslessJson(end);
}
