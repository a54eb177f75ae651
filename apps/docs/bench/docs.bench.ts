/**
 * `pnpm bench:docs`: builds the docs site for the whole catalogue and prints what the targets ask
 * for. Run by vitest (for the TypeScript test helpers it shares with the browser tests), not part of
 * `pnpm test`: it asserts nothing, it measures.
 *
 * - build wall time and peak RSS (the VitePress process and every child, Pagefind's binary included),
 * - one API page's transfer (HTML + JS + CSS + fonts, gzip as a static host serves it),
 * - bytes fetched by the first search in chromium: Pagefind's loader, wasm and metadata (the search box
 *   fetches them when the page is idle, before any key; counted apart from the page), then the index
 *   chunks and fragments the query needs,
 * - keystroke to results shown (first and later searches, and a first search typed before the page was
 *   idle, when nothing of Pagefind is loaded yet).
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { sharedDir } from "../../../test-support/shared.js";
import { categoryListPath } from "../src/page/links.js";
import { binOf } from "../test/support/build-site.js";
import { parseCatalogue } from "../test/support/catalogue-site.js";
import { launchChromium } from "../test/support/chromium.js";
import { docsRoot } from "../test/support/paths.js";
import { serveStatic } from "../test/support/serve-static.js";

const API_PAGE = "/api/taobao.trade.get.html";
/** Time between focusing the box and the first keystroke, as when someone clicks it and starts typing. */
const FOCUS_TO_KEY_MS = 300;
const QUERIES = ["回流", "fullinfo", "seller_nick", "外投", "taobao.trade.get"];

/** Sum of RSS over a process and its descendants, from /proc, in bytes. */
function treeRss(pid: number): number {
  const children = (p: number): number[] => {
    try {
      const kids = readFileSync(`/proc/${p}/task/${p}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      return [p, ...kids.flatMap(children)];
    } catch {
      return [];
    }
  };
  return children(pid).reduce((sum, p) => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      return sum + Number(kb ?? 0) * 1024;
    } catch {
      return sum;
    }
  }, 0);
}

/** `vitepress build docs` from `irDir` into `outDir`, sampling the process tree's RSS every 100 ms. */
function measuredBuild(irDir: string, outDir: string): Promise<{ seconds: number; peakRss: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [binOf("vitepress", "vitepress"), "build", "docs"], {
    cwd: docsRoot,
    env: { ...process.env, TOPKIT_DOCS_IR: irDir, TOPKIT_DOCS_OUT: outDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let peakRss = 0;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(child.pid!));
  }, 100);
  return new Promise((done, fail) => {
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code === 0) done({ seconds: (performance.now() - started) / 1000, peakRss });
      else fail(new Error(`vitepress build exited with ${code}`));
    });
  });
}

/** Milliseconds from the input event to the box showing that query's results, timed in the page. */
async function keystrokeToResults(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((done) => {
        const root = document.querySelector<HTMLElement>("[data-topkit-search]")!;
        const input = root.querySelector("input")!;
        delete root.dataset.query;
        const observer = new MutationObserver(() => {
          if (root.dataset.query !== q) return;
          observer.disconnect();
          requestAnimationFrame(() => done(performance.now() - t0));
        });
        observer.observe(root, { attributes: true, attributeFilter: ["data-query"] });
        input.value = q;
        const t0 = performance.now();
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    query,
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** What the search box fetches (Pagefind's files, the category list), as opposed to the page itself. */
const isSearchFetch = (path: string) => path.startsWith("/pagefind/") || path.startsWith(categoryListPath);

test("docs site for the whole catalogue: build, first search, keystroke to results, page weight", async () => {
  const shared = sharedDir();
  if (!shared) throw new Error("pnpm bench:docs needs ../shared (or TOPKIT_SHARED) for the catalogue");
  const { tmp, irDir, irs } = await parseCatalogue(shared);
  const site = join(tmp, "site");
  const rows: [string, string, string][] = [];
  try {
    const load = loadavg()[0]!.toFixed(2);
    const build = await measuredBuild(irDir, site);
    rows.push([
      `full build, ${irs.length} APIs: wall / peak RSS`,
      `${build.seconds.toFixed(1)} s / ${(build.peakRss / 2 ** 30).toFixed(2)} GB`,
      "≤ 15 min / ≤ 4 GB",
    ]);

    const server = await serveStatic(site);
    const browser = await launchChromium();
    try {
      // Bytes are counted at the server (bodies as sent, gzip where the host would): Pagefind fetches its
      // wasm and index chunks from a web worker, which the page's own network events do not see.
      const fetched = () => {
        const list = server.sent.splice(0);
        return { bytes: list.reduce((n, s) => n + s.bytes, 0), list };
      };
      const context = await browser.newContext();
      const page = await context.newPage();
      // The machine may be busy with other builds: a slow load is a figure to report, not a failure.
      page.setDefaultTimeout(120_000);
      fetched();
      const response = await page.goto(`${server.origin}${API_PAGE}`, { waitUntil: "load" });
      if (response?.status() !== 200) throw new Error(`${API_PAGE}: HTTP ${response?.status()}`);
      // A moment of reading before the first key: the page is idle, and the search box warms Pagefind
      // (its loader, wasm and index metadata, and the category list). Those requests are the search's,
      // not the page's: they are counted apart, as fetched before the first keystroke.
      await page.waitForTimeout(300);
      const beforeKey = server.sent.splice(0);
      const pageOwn = beforeKey.filter((s) => !isSearchFetch(s.path));
      const warmUp = beforeKey.filter((s) => isSearchFetch(s.path));

      const first = await keystrokeToResults(page, QUERIES[0]!);
      await page.waitForTimeout(300);
      const search = fetched();
      const sum = (list: { bytes: number }[]) => list.reduce((n, s) => n + s.bytes, 0);
      rows.push([
        `one API page (${API_PAGE}): HTML + JS + CSS + font, gzip`,
        `${kb(sum(pageOwn))} in ${pageOwn.length} requests`,
        "≤ 300 KB",
      ]);
      for (const s of warmUp) console.log(`search warm-up fetched ${s.path}: ${kb(s.bytes)}`);
      rows.push([
        "search warm-up while the page is idle, before the first keystroke (Pagefind loader, wasm, metadata, categories)",
        `${kb(sum(warmUp))} in ${warmUp.length} requests`,
        "",
      ]);
      for (const s of search.list) console.log(`first search fetched ${s.path}: ${kb(s.bytes)}`);
      rows.push([
        `first search (${QUERIES[0]}): bytes fetched after the keystroke (index chunks, fragments)`,
        `${kb(search.bytes)} in ${search.list.length} requests`,
        "",
      ]);
      rows.push([
        `first search (${QUERIES[0]}): all its bytes, warm-up included`,
        `${kb(search.bytes + sum(warmUp))} in ${search.list.length + warmUp.length} requests`,
        "≤ 500 KB",
      ]);
      rows.push([
        `first search (${QUERIES[0]}), typed with no focus first, 300 ms after load: keystroke to results`,
        `${first.toFixed(0)} ms`,
        "≤ 300 ms",
      ]);
      const later: number[] = [];
      for (const q of QUERIES.slice(1, 3)) later.push(await keystrokeToResults(page, q));
      rows.push([
        `later searches (${QUERIES.slice(1, 3).join(", ")})`,
        later.map((ms) => `${ms.toFixed(0)} ms`).join(", "),
        "≤ 300 ms",
      ]);

      // As a person does it: the box is focused (click, Ctrl K) and the first key comes a moment later;
      // focusing starts fetching Pagefind's loader. A new page in a new context: nothing cached.
      const fresh = await (await browser.newContext()).newPage();
      fresh.setDefaultTimeout(120_000);
      await fresh.goto(`${server.origin}${API_PAGE}`, { waitUntil: "load" });
      await fresh.locator(".topkit-search-input").focus();
      await fresh.waitForTimeout(FOCUS_TO_KEY_MS);
      const focused = await keystrokeToResults(fresh, QUERIES[3]!);
      rows.push([
        `first search (${QUERIES[3]}) on a new page, first key ${FOCUS_TO_KEY_MS} ms after focus`,
        `${focused.toFixed(0)} ms`,
        "≤ 300 ms",
      ]);
      later.push(await keystrokeToResults(fresh, QUERIES[4]!));
      rows.push([`then ${QUERIES[4]}`, `${later.at(-1)!.toFixed(0)} ms`, "≤ 300 ms"]);
      // The cold path: the first key comes as the page finishes loading, before it has been idle, so
      // nothing of Pagefind is loaded yet. A new context again: nothing cached.
      const cold = await (await browser.newContext()).newPage();
      cold.setDefaultTimeout(120_000);
      await cold.goto(`${server.origin}${API_PAGE}`, { waitUntil: "load" });
      const coldMs = await keystrokeToResults(cold, QUERIES[0]!);
      rows.push([
        `first search (${QUERIES[0]}) typed at the load event, before the page was idle (nothing warmed)`,
        `${coldMs.toFixed(0)} ms`,
        "",
      ]);
      expect(later).toHaveLength(3);
    } finally {
      await browser.close();
      await server.close();
    }
    console.log(`\ndocs bench (load average ${load} at start, ${loadavg()[0]!.toFixed(2)} at end; 2 cores)\n`);
    console.log("| measure | figure | target |\n|---|---|---|");
    for (const [what, figure, target] of rows) console.log(`| ${what} | ${figure} | ${target} |`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
