import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { html } from "../page/escape.js";
import type { OutlineItem } from "../page/outline.js";
import { pageChrome } from "./page-chrome.js";

/**
 * The page VitePress builds only to be cut up: its HTML (head, nav, sidebar, footer, theme CSS) frames
 * every static reference page, so those read as part of the site. It is removed after reading.
 */
export const SHELL_METHOD = "__shell__";

/** The shell page's whole Markdown content: one empty element, replaced by each page's body. */
export const SHELL_MARKER = '<div id="topkit-static-body"></div>';

/** The script that enhances static pages (tabs, copy, search), as written into the built site. */
export const STATIC_SCRIPT_PATH = "/topkit/static-page.js";

export interface StaticPage {
  /** Page title (before VitePress's ` | topkit`), text. */
  title: string;
  description: string;
  /** The content: rendered HTML, already escaped where it holds doc text. */
  body: string;
  /** The content's h2/h3 headings, for the "On this page" outline (none: no outline). */
  outline?: readonly OutlineItem[];
}

export type Shell = (page: StaticPage) => string;

/** Pieces of VitePress's app (its JS, page chunk and site data); a static page runs its own script. */
const APP_PARTS = [
  /<script type="module"[^>]*><\/script>/g,
  /<link rel="modulepreload"[^>]*>/g,
  /<script>window\.__VP_HASH_MAP__[\s\S]*?<\/script>/g,
  /<script>window\.__VP_SITE_DATA__[\s\S]*?<\/script>/g,
];

function cut(text: string, around: RegExp, what: string): [string, string] {
  const m = around.exec(text);
  if (!m) throw new Error(`docs shell page: no ${what} found; did VitePress's page markup change?`);
  return [text.slice(0, m.index), text.slice(m.index + m[0].length)];
}

/** The theme's CSS file (`assets/style.<hash>.css`) that the shell page links, relative to the site's root. */
function themeCss(head: string): string {
  const m = /<link rel="preload stylesheet" href="\/(assets\/style\.[\w-]+\.css)"/.exec(head);
  if (!m) throw new Error("docs shell page: no theme stylesheet link found; did VitePress's page markup change?");
  return m[1]!;
}

/** Reads the built shell page from `outDir` (and deletes it), returning the function that frames a page. */
export function readShell(outDir: string): Shell {
  const file = join(outDir, "api", `${SHELL_METHOD}.html`);
  let page = readFileSync(file, "utf8");
  rmSync(file);
  for (const part of APP_PARTS) page = page.replace(part, "");
  page = page.replace("</head>", `<script type="module" src="${STATIC_SCRIPT_PATH}"></script></head>`);
  const [beforeTitle, afterTitleStart] = cut(page, /<title>/, "<title>");
  const [, afterTitle] = cut(afterTitleStart, /<\/title>/, "</title>");
  const [beforeBody, afterBody] = cut(afterTitle, new RegExp(SHELL_MARKER), "content marker");
  const description = /<meta name="description" content="[^"]*">/;
  if (!description.test(beforeBody)) throw new Error("docs shell page: no description meta");
  const chrome = pageChrome(beforeBody, readFileSync(join(outDir, themeCss(beforeBody)), "utf8"));
  return (p) =>
    [
      beforeTitle,
      `<title>${html(p.title)} | topkit</title>`,
      chrome
        .beforeBody(p.outline ?? [])
        .replace(description, () => `<meta name="description" content="${html(p.description)}">`),
      p.body,
      afterBody,
    ].join("");
}
