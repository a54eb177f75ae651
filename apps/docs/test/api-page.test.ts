import { describe, expect, test } from "vitest";
import { apiPage } from "../src/page/api-page.js";
import { categoriesOf } from "../src/page/categories.js";
import { HOSTILE, hostileIr } from "./support/hostile-ir.js";
import { seedIr } from "./support/seed.js";

const pageOf = (ir = seedIr()) => apiPage(ir, categoriesOf([ir])[0]!);

/** The page with fenced code blocks cut out: what Markdown and Vue see as page text and HTML. */
function outsideFences(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, "");
}

describe("the seed's page", () => {
  const page = pageOf();

  test("has the sections in TOP's order, with stable anchors", () => {
    expect(outsideFences(page).match(/^#{1,2} .*$/gm)).toEqual([
      "# tmall.alihouse.customer.clue.out.invest.total.data.back.flow",
      "## Request parameters {#request}",
      "## Response parameters {#response}",
      "## Examples {#examples}",
      "## Response samples {#response-samples}",
      "## Error sample {#error-sample}",
      "## Error codes {#error-codes}",
    ]);
  });

  test("names the category, the 中文名 and the session label", () => {
    expect(page).toContain('<p class="api-title" data-pagefind-meta="zh">外投统计数据回流接口</p>');
    expect(page).toContain(">天猫好房用户API</a>");
    expect(page).toContain("Needs user authorization (session)");
  });

  test("nests type and data under the req struct, which links to its section", () => {
    expect(page).toMatch(
      /<tr data-path="req" data-depth="0">.*href="#request-struct-CustomerClueOutInvestDataBackFlowReq"/,
    );
    expect(page).toMatch(/<tr data-path="req\.type" data-depth="1">.*└.*<code>type<\/code>.*Number.*bigint.*required/);
    expect(page).toMatch(/<tr data-path="req\.data" data-depth="1">/);
    expect(page).toContain(
      "### CustomerClueOutInvestDataBackFlowReq {#request-struct-CustomerClueOutInvestDataBackFlowReq}",
    );
  });

  test("shows the XML sample as given and a JSON one built from the examples, marked as such", () => {
    expect(page).toContain("```xml [XML]\n<tmall_alihouse_customer_clue_out_invest_total_data_back_flow_response>");
    expect(page).toContain('"msg": "成功"');
    expect(page).toContain("The doc gives no JSON sample");
  });

  test("has the example tabs in order: TypeScript, CLI, curl, Java", () => {
    expect(page.match(/^```\w+ \[(\w+)\]$/gm)?.slice(0, 4)).toEqual([
      "```ts [TypeScript]",
      "```sh [CLI]",
      "```sh [curl]",
      "```java [Java]",
    ]);
  });
});

describe("a page from hostile doc text", () => {
  const page = pageOf(hostileIr());
  const outside = outsideFences(page);

  test("keeps every raw HTML block on unbroken lines (a blank line would end it and hand the rest to Markdown)", () => {
    for (const block of outside.split(/\n{2,}/).filter((b) => b.startsWith("<"))) {
      expect(block).toMatch(/^<(div|p)[ >]/);
    }
  });

  test("lets no markup, interpolation or include marker through outside code blocks", () => {
    expect(outside).not.toContain("{{");
    expect(outside).not.toMatch(/<(script|img|b|i)[\s>]/);
    expect(outside).not.toMatch(/<!--\s*@include/);
    expect(outside).toContain("&lt;script&gt;window.__pwned=2&lt;/script&gt;");
  });

  test("keeps the doc's javascript: URL out of any link", () => {
    expect(page).not.toContain('href="javascript:');
  });

  test("puts every HTML block holding doc text under v-pre", () => {
    const blocks = outside
      .split(/\n{2,}/)
      .filter((b) => b.includes(HOSTILE.vue.replace(/[{}]/g, (c) => (c === "{" ? "&#123;" : "&#125;"))));
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) expect(block).toMatch(/v-pre/);
  });
});
