import { fileURLToPath } from "node:url";
import { createMarkdownRenderer } from "vitepress";
import { beforeAll, describe, expect, test } from "vitest";
import { apiPage } from "../src/page/api-page.js";
import { categoriesOf } from "../src/page/categories.js";
import { markdownText } from "../src/page/escape.js";
import { type OutlineItem, outlineItemsHtml, outlineOf } from "../src/page/outline.js";
import { HOSTILE } from "./support/hostile-ir.js";
import { seedIr } from "./support/seed.js";

const SCOPE = "data-v-c3530476";
let outlineOfMarkdown: (markdown: string) => OutlineItem[];

beforeAll(async () => {
  // VitePress's own Markdown renderer, as the static pages are rendered with: it gives the headings their ids.
  const srcDir = fileURLToPath(new URL("../docs/", import.meta.url));
  const md = await createMarkdownRenderer(srcDir, {}, "/");
  outlineOfMarkdown = (markdown) => outlineOf(md.parse(markdown, { path: `${srcDir}x.md`, relativePath: "x.md" }));
});

describe("the outline of an API page", () => {
  test("lists the sections in order, each struct section under its side", () => {
    const ir = seedIr();
    const outline = outlineOfMarkdown(apiPage(ir, categoriesOf([ir])[0]!));
    expect(outline.map((i) => [i.id, i.titleHtml, i.children.map((c) => `${c.id} ${c.titleHtml}`)])).toEqual([
      [
        "request",
        "Request parameters",
        ["request-struct-CustomerClueOutInvestDataBackFlowReq CustomerClueOutInvestDataBackFlowReq"],
      ],
      ["response", "Response parameters", ["response-struct-Result Result"]],
      ["examples", "Examples", []],
      ["response-samples", "Response samples", []],
      ["error-sample", "Error sample", []],
      ["error-codes", "Error codes", []],
    ]);
  });

  test("leaves out the h1 and headings deeper than h3", () => {
    const outline = outlineOfMarkdown("# Page\n\n## A {#a}\n\n### B {#b}\n\n#### C {#c}\n\n## D {#d}");
    expect(outline).toEqual([
      { id: "a", titleHtml: "A", children: [{ id: "b", titleHtml: "B", children: [] }] },
      { id: "d", titleHtml: "D", children: [] },
    ]);
  });
});

describe("the outline's HTML", () => {
  test("is VitePress's VPDocOutlineItem markup, nested lists for h3s, in the component's style scope", () => {
    const items: OutlineItem[] = [
      {
        id: "request",
        titleHtml: "Request parameters",
        children: [{ id: "request-struct-A", titleHtml: "A", children: [] }],
      },
      { id: "examples", titleHtml: "Examples", children: [] },
    ];
    expect(outlineItemsHtml(items, SCOPE)).toBe(
      [
        `<li ${SCOPE}><a class="outline-link" href="#request" title="Request parameters" ${SCOPE}>Request parameters</a>`,
        `<ul class="VPDocOutlineItem nested" ${SCOPE}><li ${SCOPE}><a class="outline-link" href="#request-struct-A" title="A" ${SCOPE}>A</a></li></ul></li>`,
        `<li ${SCOPE}><a class="outline-link" href="#examples" title="Examples" ${SCOPE}>Examples</a></li>`,
      ].join(""),
    );
  });

  test("escapes text and code in a heading, as the heading shows them", () => {
    const [item] = outlineOfMarkdown('## a &lt;b&gt; & "q" `<i>&amp;` \\{ {#z}');
    expect(item!.titleHtml).toBe("a &lt;b&gt; &amp; &quot;q&quot; &lt;i&gt;&amp;amp; &#123;");
  });

  test("shows hostile heading text as text: no markup, no interpolation, no attribute break-out", () => {
    const hostile = Object.values(HOSTILE).join(" ");
    const outline = outlineOfMarkdown(`## ${markdownText(hostile)} {#x}\n\n### ${markdownText(HOSTILE.html)} {#y}`);
    const markup = outlineItemsHtml(outline, SCOPE);
    expect(markup).not.toMatch(/<(script|img|b|i)[\s>]/);
    expect(markup).not.toContain("{{");
    expect(markup).not.toMatch(/<!--/);
    expect(markup).toContain("&lt;script&gt;window.__pwned=2&lt;/script&gt;");
    // Only the attributes written here: a quote in the text cannot end one and start another.
    for (const tag of markup.match(/<a [^>]*>/g) ?? []) {
      expect(tag).toMatch(/^<a class="outline-link" href="#[^"]*" title="[^"]*" data-v-c3530476>$/);
    }
    expect(outlineItemsHtml([{ id: '"><img src=x>', titleHtml: "t", children: [] }], SCOPE)).toContain(
      'href="#&quot;&gt;&lt;img src=x&gt;"',
    );
  });
});
