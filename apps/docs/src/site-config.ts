import { resolve } from "node:path";
import type { DefaultTheme, UserConfig } from "vitepress";
import { docsIr } from "./ir-source.js";
import { categoriesOf } from "./page/categories.js";
import { apiIndexPath, guidePath } from "./page/links.js";
import { apiSidebar, guideSidebar } from "./page/sidebar.js";
import { searchOptions } from "./search/search-options.js";

/** The env var naming another output folder (the corpus build in the tests writes to a temp folder). */
export const OUT_DIR_ENV = "TOPKIT_DOCS_OUT";

/** The whole site configuration; `.vitepress/config.mts` only passes it to VitePress. */
export function siteConfig(): UserConfig<DefaultTheme.Config> {
  const categories = categoriesOf(docsIr());
  const outDir = process.env[OUT_DIR_ENV];
  return {
    title: "topkit",
    description: "TypeScript SDK for the Taobao Open Platform (TOP), generated from TOP's own API docs",
    lang: "en",
    // Relative outDir is resolved from the docs source folder: apps/docs/docs/../dist.
    outDir: outDir ? resolve(outDir) : "../dist",
    cleanUrls: false,
    // Without an icon link the browser asks for /favicon.ico, and its 404 is a console error.
    head: [["link", { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" }]],
    themeConfig: {
      nav: [
        { text: "Guide", link: guidePath("getting-started") },
        { text: "API reference", link: apiIndexPath },
        { text: "CLI", link: "/cli/" },
      ],
      sidebar: { "/guide/": guideSidebar(), "/cli/": guideSidebar(), "/api/": apiSidebar(categories) },
      search: { provider: "local", options: searchOptions() },
      outline: { level: [2, 3] },
    },
  };
}
