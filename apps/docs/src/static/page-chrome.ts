import { type OutlineItem, outlineItemsHtml } from "../page/outline.js";

/**
 * The parts of VitePress's page frame that its app renders only in the browser (`v-if`), written into the
 * static reference pages' shell so that they work as the guides do on a phone and show an outline: the
 * mobile nav screen (the hamburger's menu), the backdrop behind the opened sidebar, and the "On this page"
 * outline in the aside and in the local nav's dropdown. They carry the theme's own classes and style
 * scopes (`data-v-…`, read from the built shell page and theme CSS), so the theme's CSS styles them; the
 * static page script only toggles them (`src/client/static-page.ts`). Nothing here is doc text except the
 * outline's titles, which are escaped.
 */

/** A style scope attribute as VitePress writes it (`data-v-1a2b3c4d`). */
type Scope = `data-v-${string}`;

/** Marks where each page's outline items go; never part of a page. */
const OUTLINE_SLOT = "\u0000topkit-outline\u0000";

function find(text: string, re: RegExp, what: string): RegExpExecArray {
  const m = re.exec(text);
  if (!m) throw new Error(`docs shell page: no ${what} found; did VitePress's page markup change?`);
  return m;
}

/** The component's own scope: the last `data-v-…` of its root element's open tag. */
function ownScope(openTag: string, what: string): Scope {
  const scopes = openTag.match(/data-v-[0-9a-f]+/g);
  if (!scopes) throw new Error(`docs shell page: ${what} has no style scope`);
  return scopes.at(-1) as Scope;
}

/** The scope the theme CSS gives a component's root class (`.VPNavScreen[data-v-…]`). */
function cssScope(css: string, className: string): Scope {
  const m = find(css, new RegExp(`\\.${className}\\[(data-v-[0-9a-f]+)\\]`), `${className} style in the theme CSS`);
  return m[1] as Scope;
}

/** Replaces the one match of `re` in `text` (a function replacement: no `$` patterns). */
function replaceOnce(text: string, re: RegExp, what: string, by: (m: RegExpExecArray) => string): string {
  const m = find(text, re, what);
  return text.slice(0, m.index) + by(m) + text.slice(m.index + m[0].length);
}

/** The hamburger's menu: the nav bar's links one per line, then the appearance switch, as `VPNavScreen`. */
function navScreen(page: string, css: string): string {
  const nav = ownScope(find(page, /<header class="VPNav"[^>]*>/, "VPNav")[0], "VPNav");
  const screen = cssScope(css, "VPNavScreen");
  const link = cssScope(css, "VPNavScreenMenuLink");
  const appearance = cssScope(css, "VPNavScreenAppearance");
  const links = [
    ...page.matchAll(
      /<a class="VPLink link VPNavBarMenuLink" href="([^"]*)"[^>]*><!--\[--><span[^>]*>([^<]*)<\/span>/g,
    ),
  ].map(
    ([, href, text]) =>
      `<a class="VPLink link VPNavScreenMenuLink" href="${href}" ${link}><span ${link}>${text}</span></a>`,
  );
  if (links.length === 0) throw new Error("docs shell page: no nav bar links found for the mobile menu");
  const label = find(
    page,
    /<div class="item appearance"[^>]*><p class="label"[^>]*>([^<]*)<\/p>/,
    "appearance label",
  )[1];
  const toggle = find(page, /<button class="VPSwitch VPSwitchAppearance"[\s\S]*?<\/button>/, "appearance switch")[0];
  return [
    `<div class="VPNavScreen" id="VPNavScreen" hidden ${nav} ${screen}><div class="container" ${screen}>`,
    `<nav class="VPNavScreenMenu menu" ${screen}>${links.join("")}</nav>`,
    `<div class="VPNavScreenAppearance appearance" ${screen} ${appearance}><p class="text" ${appearance}>${label}</p>${toggle}</div>`,
    "</div></div>",
  ].join("");
}

export interface PageChrome {
  /** The part of the shell before the page's body, with the page's outline (possibly none) in place. */
  beforeBody(outline: readonly OutlineItem[]): string;
}

/**
 * Adds the mobile nav screen, the sidebar's backdrop and the outline's places to the part of the shell page
 * that comes before the body (`css`: the theme's built CSS, for the style scopes of components the shell
 * page does not render). A page without h2/h3 headings gets VitePress's outline-less frame: its local nav
 * offers "Return to top".
 */
export function pageChrome(beforeBody: string, css: string): PageChrome {
  const layout = ownScope(find(beforeBody, /<div class="Layout"[^>]*>/, "Layout")[0], "Layout");
  const backdrop = `<div class="VPBackdrop backdrop" hidden ${layout} ${cssScope(css, "VPBackdrop")}></div>`;
  const plain = replaceOnce(
    replaceOnce(beforeBody, /<!---->(<header class="VPNav")/, "backdrop place", (m) => backdrop + m[1]),
    /<!----><\/header>/,
    "nav screen place",
    () => `${navScreen(beforeBody, css)}</header>`,
  );

  const emptyOutline = /(<ul class="VPDocOutlineItem root"[^>]*>)<!--\[--><!--\]--><\/ul>/;
  const item = ownScope(find(plain, emptyOutline, "aside outline")[1]!, "VPDocOutlineItem");
  const title = find(plain, /id="doc-outline-aria-label"[^>]*>([^<]*)<\/div>/, "outline title")[1]!.trim();
  let outlined = replaceOnce(
    plain,
    /class="VPDocAsideOutline"/,
    "aside outline",
    () => 'class="VPDocAsideOutline has-outline"',
  );
  outlined = replaceOnce(outlined, emptyOutline, "aside outline", (m) => `${m[1]}${OUTLINE_SLOT}</ul>`);
  outlined = replaceOnce(outlined, /(<div class="VPLocalNav[^"]*?) empty"/, "local nav", (m) => `${m[1]}"`);
  outlined = replaceOnce(
    outlined,
    /(<div class="VPLocalNavOutlineDropdown"[^>]*>)<button [^>]*>([^<]*)<\/button><!---->/,
    "local nav outline dropdown",
    (m) => {
      const d = ownScope(m[1]!, "VPLocalNavOutlineDropdown");
      const top = m[2]!.trim();
      return [
        m[1],
        `<button aria-expanded="false" ${d}><span class="menu-text" ${d}>${title}</span><span class="vpi-chevron-right icon" ${d}></span></button>`,
        `<div class="items" hidden ${d}><div class="header" ${d}><a class="top-link" href="#" ${d}>${top}</a></div>`,
        `<div class="outline" ${d}><ul class="VPDocOutlineItem nested" ${d} ${item}>${OUTLINE_SLOT}</ul></div></div>`,
      ].join("");
    },
  );
  return {
    beforeBody: (outline) =>
      outline.length ? outlined.split(OUTLINE_SLOT).join(outlineItemsHtml(outline, item)) : plain,
  };
}
