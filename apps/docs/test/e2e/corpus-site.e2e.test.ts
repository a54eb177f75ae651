import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ApiIr, readIrDir, serializeIr } from "@topkit/sdk/ir";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sharedOrNotice } from "../../../../test-support/shared.js";
import { buildSite, parseDocs } from "../support/build-site.js";
import { chromiumOrNotice, launchChromium } from "../support/chromium.js";
import { sampleCatalogue } from "../support/corpus-sample.js";
import { HOSTILE, HOSTILE_METHOD, HOSTILE_TITLE, hostileIr, INCLUDED_TEXT_PROBE } from "../support/hostile-ir.js";
import { type StaticServer, serveStatic } from "../support/serve-static.js";
import { searchSite } from "../support/site-search.js";

const CORPUS_APIS = 300;
const shared = sharedOrNotice();
const hasChromium = chromiumOrNotice();

/** A run of Han characters from one API's 中文名 that no other sampled title contains, to search for. */
function distinctiveWord(irs: readonly ApiIr[]): { ir: ApiIr; word: string } {
  for (const ir of irs) {
    for (const run of ir.title.match(/\p{Script=Han}{4,}/gu) ?? []) {
      const word = run.slice(1, 5);
      if (irs.every((other) => other === ir || !other.title.includes(word))) return { ir, word };
    }
  }
  throw new Error("no sampled API has a Chinese title word of its own");
}

describe.skipIf(!shared || !hasChromium)(`a site built from ${CORPUS_APIS} catalogue APIs and a hostile one`, () => {
  let tmp: string;
  let irs: ApiIr[];
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "topkit-docs-corpus-"));
    const irDir = join(tmp, "ir");
    await parseDocs(sampleCatalogue(join(shared!, "corpus", "top-metadata"), CORPUS_APIS), irDir);
    irs = readIrDir(irDir);
    writeFileSync(join(irDir, `${HOSTILE_METHOD}.json`), serializeIr(hostileIr()));
    const seconds = await buildSite(irDir, join(tmp, "site"));
    console.log(
      `docs build of ${irs.length + 1} APIs (${CORPUS_APIS} from the catalogue + 1 hostile): ${seconds.toFixed(1)} s`,
    );
    server = await serveStatic(join(tmp, "site"));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(`${page.url()}: ${m.text()} (${m.location().url})`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test(`the codegen CLI parsed all ${CORPUS_APIS} sampled docs and the site has a page for each`, () => {
    expect(irs).toHaveLength(CORPUS_APIS);
    const pages = readdirSync(join(tmp, "site", "api")).filter((f) => f.endsWith(".html") && f !== "index.html");
    expect(pages.sort()).toEqual([...irs.map((ir) => ir.method), HOSTILE_METHOD].sort().map((m) => `${m}.html`));
  });

  test("search finds one of them by a Chinese word from its 中文名 and the hit opens its page", async () => {
    const { ir, word } = distinctiveWord(irs);
    await page.goto(`${server.origin}/api/`);
    const hits = await searchSite(page, word);
    expect(hits[0]?.href, `searching ${word} for ${ir.method} (${ir.title})`).toBe(`/api/${ir.method}.html`);
    await page.locator(`.VPLocalSearchBox a.result[href="/api/${ir.method}.html"]`).click();
    await expect(page.locator(".api-title").textContent()).resolves.toBe(ir.title);
  });

  test("hostile doc text shows as text: no Vue, no HTML, no script, no include", async () => {
    await page.goto(`${server.origin}/api/${HOSTILE_METHOD}.html`);
    await page.locator(".api-title").waitFor();
    await expect(page.locator(".api-title").textContent()).resolves.toBe(HOSTILE_TITLE);
    await expect(page.locator(".api-meta a").first().textContent()).resolves.toBe(`${HOSTILE.vue}<b>cat</b>`);
    const text = (await page.locator(".vp-doc").textContent()) ?? "";
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain("@include: ../../package.json");
    expect(text).not.toContain(INCLUDED_TEXT_PROBE);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator(".vp-doc img, .vp-doc script, .vp-doc b, .vp-doc i").count()).toBe(0);
    // The example id keeps all 19 digits, and the doc's javascript: URL is not made a link.
    expect(text).toContain("2940328723781049652");
    expect(await page.locator('.vp-doc a[href^="javascript:"]').count()).toBe(0);
  });

  test("no console errors on the pages visited", () => {
    expect(pageErrors).toEqual([]);
  });
});
