/**
 * Escaping for text that comes from TOP's doc pages (untrusted). VitePress compiles each page's Markdown
 * into a Vue template, so text must be safe three times over: as Markdown, as HTML and as a Vue template.
 * Generated pages put doc text only inside raw HTML blocks marked `v-pre`, escaped with `html()`.
 */

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // Vue interpolation delimiters: entities are decoded only after Vue has looked for `{{`.
  "{": "&#123;",
  "}": "&#125;",
};

/** Text as HTML character data or a quoted attribute value, inert for Markdown and Vue alike. */
export function html(text: string): string {
  return text.replace(/[&<>"'{}]/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Multi-line doc text as one line of HTML: line breaks become `<br>`. A raw HTML block in Markdown ends
 * at the first blank line, so generated HTML must never contain one.
 */
export function htmlLines(text: string): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => html(line.trim()))
    .join("<br>");
}

/**
 * Text inside a Markdown heading: punctuation that means something inline (emphasis, code, links, emoji
 * `:x:`, closing `#`) backslash-escaped, `<`/`&`/quotes as entities. Markdown
 * decodes entities back to characters, so a brace would reach Vue raw; braces therefore become
 * `v-pre` spans holding an entity.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]()#!|~^$:"'<>&]/g, (c) => ("<>&\"'".includes(c) ? html(c) : `\\${c}`))
    .replace(/[{}]/g, (c) => `<span v-pre>${html(c)}</span>`)
    .replace(/[\r\n]+/g, " ");
}

/** An https/http URL as an attribute value; anything else (javascript:, data:, relative) is refused. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? html(url) : undefined;
}
