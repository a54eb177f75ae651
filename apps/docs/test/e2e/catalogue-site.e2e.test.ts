import { rmSync } from "node:fs";
import type { ApiIr } from "@topkit/sdk/ir";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sharedOrNotice } from "../../../../test-support/shared.js";
import { categoriesOf } from "../../src/page/categories.js";
import { GUIDES } from "../../src/page/sidebar.js";
import { tokenizeMixed } from "../../src/search/tokenize.js";
import { buildCatalogueSite, type CatalogueSite } from "../support/catalogue-site.js";
import { chromiumOrNotice, launchChromium } from "../support/chromium.js";
import { HOSTILE, HOSTILE_METHOD, HOSTILE_TITLE, hostileIr, INCLUDED_TEXT_PROBE } from "../support/hostile-ir.js";
import { checkLinks } from "../support/link-check.js";
import { sampleOf, sampleSeed, seededRandom } from "../support/random.js";
import { type StaticServer, serveStatic } from "../support/serve-static.js";
import { hitPath, searchSite, searchWarmed } from "../support/site-search.js";

const SAMPLED_PAGES = 200;
/** The whole catalogue's build on a busy 2-core machine, and the walk over the sample. */
const BUILD_TIMEOUT = 1_800_000;
const WALK_TIMEOUT = 900_000;
const shared = sharedOrNotice();
const hasChromium = chromiumOrNotice();
const seed = sampleSeed();

/** A search the box must answer with `expected` among its first five hits. */
interface Probe {
  kind: "method fragment" | "Chinese bigram" | "param name" | "category";
  query: string;
  /** Whether a hit's page path is a right answer, and what that means, for the failure message. */
  accepts: (path: string) => boolean;
  expected: string;
}

function wireNames(ir: ApiIr): Set<string> {
  const names = new Set<string>();
  const walk = (ps: ApiIr["request"]) => {
    for (const p of ps) {
      names.add(p.name);
      walk(p.children);
    }
  };
  walk(ir.request);
  walk(ir.response);
  return names;
}

/**
 * 20 searches: five of each kind; the issue's own examples (`fullinfo`, `外投`, `回流`, `tid`, `seller_nick`)
 * and the rest picked at random (seeded) among words that name few enough APIs for a top-5 answer.
 */
function probes(irs: readonly ApiIr[], random: () => number): Probe[] {
  const path = (ir: ApiIr) => `/api/${ir.method}.html`;
  const byMethod = new Map(irs.map((ir) => [ir.method, ir]));
  const apiOf = (p: string) => byMethod.get(p.replace(/^\/api\//, "").replace(/\.html$/, ""));
  const one = (ir: ApiIr) => ({ accepts: (p: string) => p === path(ir), expected: path(ir) });
  const find = (method: string) =>
    byMethod.get(method) ??
    (() => {
      throw new Error(`${method} not in the catalogue`);
    })();
  const list: Probe[] = [];

  // Method fragments: fullinfo, then a part of a random method that no other method's name matches as
  // the search matches it: case-blind and by prefix (`userInfo` would also find taobao.picture.userinfo.get,
  // `refund` would find every `refunds`), so exactly one API is the right answer.
  const parts = (ir: ApiIr) => [...new Set(ir.method.toLowerCase().split("."))];
  const allParts = [...new Set(irs.flatMap(parts))].sort();
  const methodsWithPart = new Map<string, number>();
  for (const ir of irs) for (const p of parts(ir)) methodsWithPart.set(p, (methodsWithPart.get(p) ?? 0) + 1);
  // Pagefind stems English words too (`operator` finds `operate`, `operationinfo`), and pages hold param
  // names: a fragment is unique only if no other method part and no param name (or part of one) starts with
  // its stem, taken conservatively as all but its last three letters (at least four).
  const paramWords = new Set(
    irs.flatMap((ir) => [...wireNames(ir)].flatMap((n) => [n.toLowerCase(), ...n.toLowerCase().split(/[_.]/)])),
  );
  const otherWords = [...new Set([...allParts, ...paramWords])];
  const unique = (part: string) => {
    const stem = part.slice(0, Math.max(4, part.length - 3));
    return (
      methodsWithPart.get(part) === 1 &&
      !paramWords.has(part) &&
      otherWords.every((other) => other === part || !other.startsWith(stem))
    );
  };
  list.push({ kind: "method fragment", query: "fullinfo", ...one(find("taobao.trade.fullinfo.get")) });
  for (const ir of sampleOf(
    irs.filter((ir) => parts(ir).some(unique)),
    4,
    random,
  )) {
    list.push({ kind: "method fragment", query: parts(ir).find(unique)!, ...one(ir) });
  }

  // Chinese bigrams: 外投 and 回流 (several 中文名 hold them: any of those APIs is right), then rare ones.
  for (const q of ["外投", "回流"]) {
    list.push({
      kind: "Chinese bigram",
      query: q,
      accepts: (p) => apiOf(p)?.title.includes(q) === true,
      expected: `an API whose 中文名 holds ${q}`,
    });
  }
  const bigramCount = new Map<string, number>();
  for (const ir of irs)
    for (const b of new Set(tokenizeMixed(ir.title)))
      if (/\p{Script=Han}{2}/u.test(b)) bigramCount.set(b, (bigramCount.get(b) ?? 0) + 1);
  const rareBigram = (ir: ApiIr) =>
    tokenizeMixed(ir.title).find((b) => /\p{Script=Han}{2}/u.test(b) && bigramCount.get(b)! === 1);
  for (const ir of sampleOf(
    irs.filter((ir) => rareBigram(ir) !== undefined),
    3,
    random,
  )) {
    list.push({ kind: "Chinese bigram", query: rareBigram(ir)!, ...one(ir) });
  }

  // Param names: tid and seller_nick (many APIs take them: any hit that does is right), then rare ones.
  for (const q of ["tid", "seller_nick"]) {
    list.push({
      kind: "param name",
      query: q,
      accepts: (p) => apiOf(p) !== undefined && wireNames(apiOf(p)!).has(q),
      expected: `an API with param ${q}`,
    });
  }
  const paramCount = new Map<string, number>();
  for (const ir of irs) for (const n of wireNames(ir)) paramCount.set(n, (paramCount.get(n) ?? 0) + 1);
  // Like method fragments, a param picked must not be the prefix of another (`item_id` finds `item_ids`).
  const allParams = [...paramCount.keys()];
  const rareParam = (ir: ApiIr) =>
    [...wireNames(ir)].find(
      (n) =>
        n.length >= 6 &&
        /^[a-z][a-z0-9_]*$/.test(n) &&
        paramCount.get(n) === 1 &&
        allParams.every((other) => other === n || !other.toLowerCase().startsWith(n)),
    );
  for (const ir of sampleOf(
    irs.filter((ir) => rareParam(ir) !== undefined),
    3,
    random,
  )) {
    list.push({ kind: "param name", query: rareParam(ir)!, ...one(ir) });
  }

  // Categories: a category's name finds its own page (the box pins it: its APIs' pages repeat its words).
  // Page anchors are numbered over the site's categories, the hostile API's included.
  const categories = categoriesOf([...irs, hostileIr()]);
  const hostileCategory = hostileIr().category;
  for (const c of sampleOf(
    categories.filter((c) => c.name !== hostileCategory),
    5,
    random,
  )) {
    const own = `/api/category/${c.anchor}.html`;
    list.push({ kind: "category", query: c.name, accepts: (p) => p === own, expected: own });
  }
  return list;
}

describe.skipIf(!shared || !hasChromium)("the whole catalogue's site, built once, in chromium", () => {
  let built: CatalogueSite;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const random = seededRandom(seed);

  beforeAll(async () => {
    console.log(`sample seed ${seed} (rerun with TOPKIT_DOCS_SEED=${seed})`);
    built = await buildCatalogueSite(shared!);
    console.log(
      `docs build of ${built.irs.length + 1} APIs (the catalogue + 1 hostile): ${built.buildSeconds.toFixed(1)} s`,
    );
    server = await serveStatic(built.site);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(`${page.url()}: ${m.text()} (${m.location().url})`);
    });
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (built) rmSync(built.tmp, { recursive: true, force: true });
  });

  test(
    `${SAMPLED_PAGES} random API pages and every guide: trees, tabs and no broken internal link`,
    async () => {
      const sample = sampleOf(built.irs, SAMPLED_PAGES, random);
      const paths = [...sample.map((ir) => `/api/${ir.method}.html`), ...GUIDES.map(([name]) => `/guide/${name}.html`)];
      const links = new Map<string, string>();
      for (const [i, path] of paths.entries()) {
        const response = await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
        expect(response?.status(), path).toBe(200);
        await searchWarmed(page);
        for (const href of await page
          .locator("a[href]")
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
          if (href.startsWith(server.origin) && !links.has(href)) links.set(href, path);
        }
        const ir = sample[i];
        if (!ir) continue;
        await expect(page.locator("h1").first().textContent(), path).resolves.toContain(ir.method);
        for (const side of ["request", "response"] as const) {
          const expected = ir[side].length > 0 ? `.${side}-params.param-tree tr[data-path]` : "p.param-none";
          expect(await page.locator(expected).count(), `${path}: ${side} tree`).toBeGreaterThan(0);
        }
        const tabs = page.locator("h2#examples ~ .vp-code-group").first();
        await expect(tabs.locator(".tabs label").allTextContents(), path).resolves.toEqual(
          expect.arrayContaining(["TypeScript", "CLI", "curl"]),
        );
        await tabs.locator(".tabs label", { hasText: /^CLI$/ }).click();
        await expect(tabs.locator(".blocks > div.active code").textContent(), path).resolves.toContain(
          `topkit call ${ir.method}`,
        );
      }
      const broken = await checkLinks(links);
      console.log(`${paths.length} pages visited, ${links.size} distinct internal links checked`);
      expect(broken).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  test(
    "20 searches (method fragment, Chinese bigram, param name, category) each find their API in the first 5 hits",
    async () => {
      const list = probes(built.irs, random);
      expect(list).toHaveLength(20);
      await page.goto(`${server.origin}/api/`);
      const misses: string[] = [];
      for (const probe of list) {
        const top = (await searchSite(page, probe.query)).slice(0, 5).map(hitPath);
        const rank = top.findIndex(probe.accepts) + 1;
        console.log(`${probe.kind} "${probe.query}": ${rank > 0 ? `hit #${rank}` : "missed"}`);
        if (rank === 0)
          misses.push(`${probe.kind} "${probe.query}": wanted ${probe.expected}, got ${top.join(", ") || "nothing"}`);
      }
      expect(misses).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  test("a hit opens its page", async () => {
    await page.goto(`${server.origin}/guide/getting-started.html`);
    await searchSite(page, "fullinfo");
    await page.locator('a.topkit-search-hit[href^="/api/taobao.trade.fullinfo.get.html"]').first().click();
    await expect(page.locator("h1").first().textContent()).resolves.toContain("taobao.trade.fullinfo.get");
  });

  test("hostile doc text shows as text: no HTML, no script, no include", async () => {
    await page.goto(`${server.origin}/api/${HOSTILE_METHOD}.html`);
    await expect(page.locator(".api-title").textContent()).resolves.toBe(HOSTILE_TITLE);
    await expect(page.locator(".api-meta a").first().textContent()).resolves.toBe(`${HOSTILE.vue}<b>cat</b>`);
    const text = (await page.locator(".vp-doc").textContent()) ?? "";
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain("@include: ../../package.json");
    expect(text).not.toContain(INCLUDED_TEXT_PROBE);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator(".vp-doc img, .vp-doc script, .vp-doc b, .vp-doc i").count()).toBe(0);
    expect(text).toContain("2940328723781049652");
    expect(await page.locator('.vp-doc a[href^="javascript:"]').count()).toBe(0);
    // The page's outline (aside and phone dropdown) is written from its headings: text only there too.
    await expect(page.locator(".VPDocAsideOutline a.outline-link").count()).resolves.toBeGreaterThan(0);
    const outlines = ".VPDocAsideOutline, .VPLocalNavOutlineDropdown, #VPNavScreen";
    expect(await page.locator(`:is(${outlines}) :is(img, script, b, i)`).count()).toBe(0);
    // Its text reaches search results as text too.
    const hits = await searchSite(page, "恶意标题");
    expect(hits.map(hitPath)).toContain(`/api/${HOSTILE_METHOD}.html`);
    expect(
      await page.locator(".topkit-search-results img, .topkit-search-results script, .topkit-search-results b").count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  test("no console errors on the pages visited", () => {
    expect(pageErrors).toEqual([]);
  });
});
