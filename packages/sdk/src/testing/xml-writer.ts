const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** `value` as the element `name`: objects as child elements, arrays as repeated elements, scalars as text. */
export function xmlElement(name: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((item) => xmlElement(name, item)).join("");
  if (typeof value === "object") {
    const inner = Object.entries(value)
      .map(([key, v]) => xmlElement(key, v))
      .join("");
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A whole TOP XML body: declaration, the root element, and the server stamp comment TOP appends. */
export function xmlDocument(name: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8" ?>${xmlElement(name, value)}<!--top-local-gateway-->`;
}
