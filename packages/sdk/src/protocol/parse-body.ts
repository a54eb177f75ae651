import { type LosslessJsonOptions, parseLosslessJson } from "./lossless-json.js";

/** JSON text without a trailing `<!--top…-->` comment (TOP's server stamp), which XML bodies carry too. */
function withoutTrailingComment(text: string): string {
  const end = text.trimEnd();
  return end.endsWith("-->") ? end.slice(0, Math.max(0, end.lastIndexOf("<!--"))) : text;
}

/**
 * Parses a TOP body into a tree, JSON or XML by its first character rather than the content type
 * (TOP labels JSON `text/javascript`, and proxies relabel): JSON numbers arrive as `RawNumber`,
 * XML values as text. The XML parser is loaded on first use, so JSON callers never pay for it: XML
 * answers come back as a promise, JSON ones synchronously (await works on both). Throws a SyntaxError.
 * `options.checkpoint` runs during a JSON parse (the XML parser offers no such hook: the caller checks
 * its deadline before and after).
 */
export function parseBody(body: string, options?: LosslessJsonOptions): unknown | Promise<Record<string, unknown>> {
  const text = body.trimStart();
  if (text.startsWith("<")) return import("./xml.js").then(({ parseTopXml }) => parseTopXml(text));
  return parseLosslessJson(withoutTrailingComment(text), options);
}
