import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serializeIr } from "@topkit/sdk/ir";
import { afterEach, describe, expect, test, vi } from "vitest";
import { apiIndexPage, categoryPage } from "../src/page/api-index-page.js";
import { categoriesOf, UNCATEGORISED } from "../src/page/categories.js";
import { apiSidebar, SIDEBAR_API_LIMIT, SIDEBAR_CATEGORY_LIMIT } from "../src/page/sidebar.js";
import { irOf } from "./support/ir-builders.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("categories", () => {
  test("group by category, sorted, uncategorised last, APIs by method", () => {
    const cats = categoriesOf([
      irOf("b.x", { category: "交易API" }),
      irOf("z.y"),
      irOf("a.x", { category: "交易API" }),
      irOf("c.x", { category: "商品API" }),
    ]);
    expect(cats.map((c) => [c.name, c.anchor, c.apis.map((a) => a.method)])).toEqual([
      ["交易API", "cat-1", ["a.x", "b.x"]],
      ["商品API", "cat-2", ["c.x"]],
      [UNCATEGORISED, "cat-3", ["z.y"]],
    ]);
  });
});

describe("the reference index and sidebar", () => {
  test("link every API under its category, titles escaped", () => {
    const cats = categoriesOf([irOf("a.b", { category: "<b>交易</b>", title: "{{x}}" })]);
    expect(apiIndexPage(cats)).toContain(
      '<a href="/api/category/cat-1.html">&lt;b&gt;交易&lt;/b&gt;</a></td><td>1</td>',
    );
    const page = categoryPage(cats[0]!);
    expect(page).toContain('<a href="/api/a.b.html"><code>a.b</code></a></td><td>&#123;&#123;x&#125;&#125;</td>');
    expect(page).toContain("# &lt;b&gt;交易&lt;/b&gt;");
    const sidebar = apiSidebar(cats);
    expect(sidebar[1]).toEqual({
      text: "&lt;b&gt;交易&lt;/b&gt;",
      collapsed: true,
      items: [{ text: "&#123;&#123;x&#125;&#125;", link: "/api/a.b.html" }],
    });
  });

  test(`list categories only beyond ${SIDEBAR_API_LIMIT} APIs (VitePress puts the sidebar in every page)`, () => {
    const irs = Array.from({ length: SIDEBAR_API_LIMIT + 1 }, (_, i) => irOf(`m.a${i}`, { category: `c${i % 3}` }));
    const sidebar = apiSidebar(categoriesOf(irs));
    expect(sidebar[1]?.items?.map((i) => i.link)).toEqual([
      "/api/category/cat-1.html",
      "/api/category/cat-2.html",
      "/api/category/cat-3.html",
    ]);
  });

  test(`beyond ${SIDEBAR_CATEGORY_LIMIT} categories it links the reference index only`, () => {
    const irs = Array.from({ length: SIDEBAR_API_LIMIT + 1 }, (_, i) => irOf(`m.a${i}`, { category: `c${i % 41}` }));
    expect(apiSidebar(categoriesOf(irs))).toEqual([
      { text: "Reference", items: [{ text: "All APIs, by category", link: "/api/" }] },
    ]);
  });
});

describe("the IR folder from TOPKIT_DOCS_IR", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const load = async () => (await import("../src/ir-source.js")).docsIr();

  test("is read, sorted by method, when set", async () => {
    dir = mkdtempSync(join(tmpdir(), "docs-ir-"));
    for (const m of ["b.b", "a.a"]) writeFileSync(join(dir, `${m}.json`), serializeIr(irOf(m)));
    vi.stubEnv("TOPKIT_DOCS_IR", dir);
    expect((await load()).map((ir) => ir.method)).toEqual(["a.a", "b.b"]);
  });

  test("that does not exist fails naming the variable and the folder", async () => {
    vi.stubEnv("TOPKIT_DOCS_IR", "/nonexistent/ir");
    await expect(load()).rejects.toThrow("TOPKIT_DOCS_IR=/nonexistent/ir: no such folder");
  });

  test("that is empty fails rather than building an empty reference", async () => {
    dir = mkdtempSync(join(tmpdir(), "docs-ir-"));
    mkdirSync(join(dir, "sub"));
    vi.stubEnv("TOPKIT_DOCS_IR", dir);
    await expect(load()).rejects.toThrow("holds no *.json IR files");
  });

  test("holding an incomplete IR fails: a cut-short page is never published", async () => {
    dir = mkdtempSync(join(tmpdir(), "docs-ir-"));
    writeFileSync(join(dir, "a.a.json"), serializeIr({ ...irOf("a.a"), incomplete: true }));
    vi.stubEnv("TOPKIT_DOCS_IR", dir);
    await expect(load()).rejects.toThrow("a.a.json: incomplete IR");
  });

  test("unset: the SDK's bundled IR", async () => {
    vi.stubEnv("TOPKIT_DOCS_IR", "");
    expect((await load()).map((ir) => ir.method)).toContain(
      "tmall.alihouse.customer.clue.out.invest.total.data.back.flow",
    );
  });
});
