import { XMLParser, XMLValidator } from "fast-xml-parser";

// Every value stays text (the reader converts by the IR type), whitespace inside values is kept,
// and repeated elements become arrays, so `<orders><order/><order/></orders>` reads like the JSON
// `{"orders":{"order":[…]}}` and list wrappers unwrap the same way.
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  htmlEntities: true,
});

/** Whitespace between child elements, which `trimValues: false` reports as text. */
function dropLayoutText(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropLayoutText);
  if (node === null || typeof node !== "object") return node;
  const out = node as Record<string, unknown>;
  for (const key of Object.keys(out)) {
    const value = out[key];
    if (key === "#text" && typeof value === "string" && value.trim() === "") delete out[key];
    else out[key] = dropLayoutText(value);
  }
  return out;
}

/** Parses a TOP XML body (a trailing `<!--top…-->` comment is fine) into a tree of text; throws on bad XML. */
export function parseTopXml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new SyntaxError(`invalid XML at line ${valid.err.line}: ${valid.err.msg}`);
  return dropLayoutText(parser.parse(text)) as Record<string, unknown>;
}
