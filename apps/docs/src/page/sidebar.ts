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
 * VitePress inlines the whole sidebar into every page (site data and server-rendered HTML), so a
 * sidebar of every API grows the site with the square of the API count. Beyond this many APIs the
 * sidebar lists categories only, each linking to its own page.
 */
export const SIDEBAR_API_LIMIT = 100;

/**
 * The reference sidebar: one collapsed group of APIs per category, or (for big sites) one link per
 * category, to the category's page. VitePress renders sidebar text as HTML (`v-html`), so doc titles are escaped here too.
 */
export function apiSidebar(categories: readonly Category[]): DefaultTheme.SidebarItem[] {
  const total = categories.reduce((n, c) => n + c.apis.length, 0);
  const groups: DefaultTheme.SidebarItem[] =
    total > SIDEBAR_API_LIMIT
      ? [
          {
            text: "Categories",
            items: categories.map((c) => ({ text: html(c.name), link: categoryPath(c.anchor) })),
          },
        ]
      : categories.map((c) => ({
          text: html(c.name),
          collapsed: true,
          items: c.apis.map((ir) => ({ text: html(ir.title || ir.method), link: apiPath(ir.method) })),
        }));
  return [{ text: "Reference", items: [{ text: "All APIs", link: apiIndexPath }] }, ...groups];
}
