import { html } from "./escape.js";

/**
 * The "On this page" outline of a static reference page, as VitePress's theme shows it on the guides
 * (`outline: { level: [2, 3] }`): the page's h2 sections, each with its h3s. VitePress builds it in the
 * browser from the page's headings; static pages have no VitePress app, so theirs is written at build
 * time, from the Markdown's tokens, in the theme's own markup.
 */
export interface OutlineItem {
  /** The heading's anchor (its `id`). */
  id: string;
  /**
   * The heading's text as HTML, escaped: character references stay as the page's Markdown wrote them
   * (VitePress keeps them in its text tokens and renders them as they are), so the outline reads as the
   * heading does.
   */
  titleHtml: string;
  children: OutlineItem[];
}

/** The parts of a markdown-it token the outline reads. */
export interface HeadingToken {
  type: string;
  tag: string;
  content: string;
  attrGet(name: string): string | null;
  children: HeadingToken[] | null;
}

/**
 * A text token's content as HTML. VitePress's Markdown keeps character references in text tokens
 * (`&lt;`, `&#123;`) and escapes the rest when rendering; this escapes the same way, plus quotes and braces.
 */
function textHtml(content: string): string {
  return content.replace(/&(?![\w#]+;)/g, "&amp;").replace(/[<>"'{}]/g, (c) => html(c));
}

/**
 * A heading's inline tokens as the outline's text: text and code spans (whose content is literal);
 * raw HTML (the `<span v-pre>` around a brace) is markup, not text, and the permalink is not the title.
 */
function titleHtmlOf(children: readonly HeadingToken[]): string {
  return children
    .map((t) =>
      t.type === "text" || t.type === "text_special"
        ? textHtml(t.content)
        : t.type === "code_inline"
          ? html(t.content)
          : "",
    )
    .join("")
    .trim();
}

/**
 * The outline of a page from its Markdown tokens, once markdown-it has given the headings their ids.
 * A heading without an id is left out (nothing could link to it); an h3 before any h2 stands at the top.
 */
export function outlineOf(tokens: readonly HeadingToken[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const [i, token] of tokens.entries()) {
    if (token.type !== "heading_open" || (token.tag !== "h2" && token.tag !== "h3")) continue;
    const id = token.attrGet("id");
    const inline = tokens[i + 1];
    if (!id || inline?.type !== "inline") continue;
    const item: OutlineItem = { id, titleHtml: titleHtmlOf(inline.children ?? []), children: [] };
    const parent = items.at(-1);
    if (token.tag === "h3" && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}

/**
 * The outline as VitePress's `VPDocOutlineItem` renders it, `scope` being that component's style scope
 * (`data-v-…`, read from the built shell page) so the theme's own CSS applies. The list's own element
 * is the caller's: only its items are written here. Ids are escaped here, titles already are.
 */
export function outlineItemsHtml(items: readonly OutlineItem[], scope: string): string {
  return items
    .map((item) => {
      const title = item.titleHtml;
      const nested = item.children.length
        ? `<ul class="VPDocOutlineItem nested" ${scope}>${outlineItemsHtml(item.children, scope)}</ul>`
        : "";
      return `<li ${scope}><a class="outline-link" href="#${html(item.id)}" title="${title}" ${scope}>${title}</a>${nested}</li>`;
    })
    .join("");
}
