/**
 * `pnpm bench:docs`: builds the docs site for the whole catalogue and prints what the targets ask
 * for. Run by vitest (for the TypeScript test helpers it shares with the browser tests), not part of
 * `pnpm test`: it asserts nothing, it measures.
 *
 * - build wall time and peak RSS (the VitePress process and every child, Pagefind's binary included),
 * - bytes fetched by the first search in chromium (Pagefind's loader, wasm, index chunks, fragments),
 * - keystroke to results shown (first and later searches),
 * - one API page's transfer (HTML + JS + CSS + fonts, gzip as a static host serves it).
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { expect, test } from "vitest";
import { sharedDir } from "../../../test-support/shared.js";
import { binOf } from "../test/support/build-site.js";
import { parseCatalogue } from "../test/support/catalogue-site.js";
import { launchChromium } from "../test/support/chromium.js";
import { docsRoot } from "../test/support/paths.js";
import { serveStatic } from "../test/support/serve-static.js";

const API_PAGE = "/api/taobao.trade.get.html";
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

/** Bytes received (encoded, as on the wire) for the requests finished while `action` runs. */
async function bytesDuring(cdp: CDPSession, action: () => Promise<void>): Promise<{ bytes: number; urls: string[] }> {
  const urls = new Map<string, string>();
  let bytes = 0;
  const onResponse = (e: { requestId: string; response: { url: string } }) => urls.set(e.requestId, e.response.url);
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  };
  cdp.on("Network.responseReceived", onResponse);
  cdp.on("Network.loadingFinished", onFinished);
  await action();
  await new Promise((r) => setTimeout(r, 300));
  cdp.off("Network.responseReceived", onResponse);
  cdp.off("Network.loadingFinished", onFinished);
  return { bytes, urls: [...urls.values()] };
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
      const context = await browser.newContext();
      const page = await context.newPage();
      // The machine may be busy with other builds: a slow load is a figure to report, not a failure.
      page.setDefaultTimeout(120_000);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      const pageLoad = await bytesDuring(cdp, async () => {
        const response = await page.goto(`${server.origin}${API_PAGE}`, { waitUntil: "load" });
        if (response?.status() !== 200) throw new Error(`${API_PAGE}: HTTP ${response?.status()}`);
      });
      rows.push(["one API page: HTML + JS + CSS (+ fonts), gzip", kb(pageLoad.bytes), "≤ 300 KB"]);
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });

      let first = 0;
      const firstSearch = await bytesDuring(cdp, async () => {
        first = await keystrokeToResults(page, QUERIES[0]!);
      });
      rows.push([
        `first search (${QUERIES[0]}): bytes fetched`,
        `${kb(firstSearch.bytes)} in ${firstSearch.urls.length} requests`,
        "≤ 500 KB",
      ]);
      rows.push([`first search (${QUERIES[0]}): keystroke to results`, `${first.toFixed(0)} ms`, "≤ 300 ms"]);
      const later: number[] = [];
      for (const q of QUERIES.slice(1)) later.push(await keystrokeToResults(page, q));
      rows.push([
        `later searches (${QUERIES.slice(1).join(", ")})`,
        later.map((ms) => `${ms.toFixed(0)} ms`).join(", "),
        "≤ 300 ms",
      ]);
      expect(later.length).toBe(QUERIES.length - 1);
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
