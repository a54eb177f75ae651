import { resolve } from "node:path";
import type { DefaultTheme, UserConfig } from "vitepress";
import { docsIr } from "./ir-source.js";
import { categoriesOf } from "./page/categories.js";
import { apiIndexPath, guidePath, isStaticPage } from "./page/links.js";
import { apiSidebar, guideSidebar } from "./page/sidebar.js";
import { bundleStaticScript } from "./static/client-bundle.js";
import { writeReference } from "./static/reference.js";
import { openSiteIndex } from "./static/search-index.js";

/** The env var naming another output folder (the corpus build in the tests writes to a temp folder). */
export const OUT_DIR_ENV = "TOPKIT_DOCS_OUT";

/** One line per build step on stderr, with its wall time: the bench and CI logs read them. */
function step(what: string, started: number): void {
  console.error(`topkit docs: ${what} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

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
    // API and category pages are written after VitePress's build (buildEnd), so its link check cannot see
    // them; the browser tests crawl every link instead.
    ignoreDeadLinks: [(url) => isStaticPage(url.replace(/[?#].*$/, ""))],
    themeConfig: {
      nav: [
        { text: "Guide", link: guidePath("getting-started") },
        { text: "API reference", link: apiIndexPath },
        { text: "CLI", link: "/cli/" },
      ],
      sidebar: { "/guide/": guideSidebar(), "/cli/": guideSidebar(), "/api/": apiSidebar(categories) },
      outline: { level: [2, 3] },
    },
    async buildEnd(config) {
      const index = await openSiteIndex();
      try {
        let started = performance.now();
        const stats = await writeReference(config, docsIr(), index);
        step(`${stats.apiPages} API pages and ${stats.categoryPages} category pages written`, started);
        started = performance.now();
        await bundleStaticScript(config.outDir);
        step("static page script bundled", started);
        started = performance.now();
        const pages = await index.finish(config.outDir);
        step(`search index of ${pages} pages finished and written`, started);
      } finally {
        await index.close();
      }
    },
  };
}
