import type { DefaultTheme } from "vitepress";
import type { Category } from "./categories.js";
import { html } from "./escape.js";
import { apiIndexPath, apiPath, categoryPath, guidePath } from "./links.js";

/** The guides, in reading order: [file name, title]. */
export const GUIDES: readonly (readonly [string, string])[] = [
  ["getting-started", "Getting started"],
  ["client-options", "Client options"],
  ["signing", "Signing"],
  ["errors", "Errors and retries"],
  ["bigint", "64-bit ids (bigint)"],
  ["file-uploads", "File uploads"],
  ["tmc", "Messages (TMC)"],
  ["testing", "Testing"],
  ["regenerating", "Regenerating the SDK"],
];

export function guideSidebar(): DefaultTheme.SidebarItem[] {
  return [
    { text: "Guide", items: GUIDES.map(([name, text]) => ({ text, link: guidePath(name) })) },
    { text: "Tools", items: [{ text: "CLI reference", link: "/cli/" }] },
  ];
}

/**
 * VitePress inlines the whole sidebar into every page (site data and server-rendered HTML), and the
 * static API pages are framed by a VitePress page, so a sidebar of every API grows the site with the
 * square of the API count. Beyond this many APIs the sidebar lists categories only, each linking to its
 * own page; beyond `SIDEBAR_CATEGORY_LIMIT` categories it links the reference index alone (the whole
 * catalogue's 313 category links were 97 KB of every one of its 5,312 pages).
 */
export const SIDEBAR_API_LIMIT = 100;
export const SIDEBAR_CATEGORY_LIMIT = 40;

/**
 * The reference sidebar: one collapsed group of APIs per category, or (for big sites) one link per
 * category, or for the biggest only the index. VitePress renders sidebar text as HTML (`v-html`), so doc
 * titles are escaped here too.
 */
export function apiSidebar(categories: readonly Category[]): DefaultTheme.SidebarItem[] {
  const total = categories.reduce((n, c) => n + c.apis.length, 0);
  const index: DefaultTheme.SidebarItem = {
    text: "Reference",
    items: [{ text: "All APIs, by category", link: apiIndexPath }],
  };
  if (total <= SIDEBAR_API_LIMIT) {
    return [
      index,
      ...categories.map((c) => ({
        text: html(c.name),
        collapsed: true,
        items: c.apis.map((ir) => ({ text: html(ir.title || ir.method), link: apiPath(ir.method) })),
      })),
    ];
  }
  if (categories.length > SIDEBAR_CATEGORY_LIMIT) return [index];
  return [
    index,
    { text: "Categories", items: categories.map((c) => ({ text: html(c.name), link: categoryPath(c.anchor) })) },
  ];
}
