import { join } from "node:path";
import * as pagefind from "pagefind";

/**
 * Parts of every page that are the site's frame, not its content: Pagefind leaves them out of the index
 * (otherwise every page would match every nav and sidebar word).
 */
export const NOT_CONTENT = [
  ".VPNav",
  ".VPLocalNav",
  ".VPSidebar",
  ".VPSkipLink",
  ".aside",
  ".VPDocFooter",
  ".VPFooter",
  ".topkit-search",
  ".header-anchor",
  "button.copy",
  "span.lang",
];

/** VitePress's own pages (404.html left out: a "not found" hit would be noise). */
const VITEPRESS_PAGES = "{index.html,guide/**/*.html,cli/**/*.html,api/index.html}";

/** How many pages may wait in Pagefind's queue before the writer waits for it. */
const MAX_PENDING = 32;

export interface SiteIndex {
  /** Indexes one written page (`url` as served); resolves once there is room for the next. */
  add(url: string, html: string): Promise<void>;
  /** Indexes VitePress's pages from `outDir`, writes `<outDir>/pagefind/`, and returns the page count. */
  finish(outDir: string): Promise<number>;
  close(): Promise<void>;
}

function check(what: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`pagefind ${what}: ${response.errors.join("; ")}`);
}

/**
 * Pagefind's index of the whole built site: a small entry file plus chunks the browser fetches only when
 * a query needs them. Pagefind runs as its own process, so static pages handed over while they are being
 * written are indexed on the other core meanwhile.
 */
export async function openSiteIndex(): Promise<SiteIndex> {
  const created = await pagefind.createIndex({ excludeSelectors: NOT_CONTENT, forceLanguage: "en" });
  check("createIndex", created);
  const index = created.index!;
  const pending = new Set<Promise<void>>();
  let pages = 0;
  return {
    async add(url, html) {
      const added: Promise<void> = index
        .addHTMLFile({ url, content: html })
        .then((r) => {
          check(url, r);
          pages++;
        })
        .finally(() => pending.delete(added));
      pending.add(added);
      if (pending.size >= MAX_PENDING) await Promise.race(pending);
    },
    async finish(outDir) {
      await Promise.all(pending);
      const added = await index.addDirectory({ path: outDir, glob: VITEPRESS_PAGES });
      check("addDirectory", added);
      check("writeFiles", await index.writeFiles({ outputPath: join(outDir, "pagefind") }));
      return pages + added.page_count;
    },
    close: async () => {
      await pagefind.close();
    },
  };
}
