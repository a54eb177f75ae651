import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
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

/** Total bytes of the files in a folder, and whether `pagefind-entry.json` in it parses. */
function snapshot(dir: string): { bytes: number; entryOk: boolean } {
  let bytes = 0;
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) bytes += statSync(join(f.parentPath, f.name)).size;
  }
  let entryOk = false;
  try {
    entryOk = typeof JSON.parse(readFileSync(join(dir, "pagefind-entry.json"), "utf8"))?.languages === "object";
  } catch {
    entryOk = false;
  }
  return { bytes, entryOk };
}

/**
 * Waits until Pagefind's output is on disk as a browser will read it: the entry file parses and the folder
 * has stopped growing. A browser test once found `pagefind-entry.json` empty on every page of a freshly
 * built site (every search failed with "Failed to load Pagefind metadata"), so the build no longer trusts
 * the service's answer alone: it writes once more if the entry is still unreadable, and fails loudly rather
 * than ship a site whose search cannot load.
 */
async function indexOnDisk(dir: string, writeAgain: () => Promise<void>): Promise<void> {
  let last = snapshot(dir);
  for (let attempt = 1; attempt <= 40; attempt++) {
    await sleep(250);
    const now = snapshot(dir);
    if (now.entryOk && now.bytes === last.bytes) return;
    if (attempt === 20 && !now.entryOk) await writeAgain();
    last = now;
  }
  throw new Error(`pagefind: ${dir}/pagefind-entry.json is still not readable JSON 10 s after writing the index`);
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
      const outputPath = join(outDir, "pagefind");
      check("writeFiles", await index.writeFiles({ outputPath }));
      await indexOnDisk(outputPath, async () => check("writeFiles", await index.writeFiles({ outputPath })));
      return pages + added.page_count;
    },
    close: async () => {
      await pagefind.close();
    },
  };
}
