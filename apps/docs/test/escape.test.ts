import { describe, expect, test } from "vitest";
import { html, htmlLines, markdownText, safeUrl } from "../src/page/escape.js";

describe("html()", () => {
  test("escapes markup, quotes and Vue's interpolation braces", () => {
    expect(html(`<a href="x" title='y'>{{ 7*7 }}</a> & co`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&#123;&#123; 7*7 &#125;&#125;&lt;/a&gt; &amp; co",
    );
  });

  test("leaves Chinese text and Markdown punctuation alone (inside HTML blocks Markdown is off)", () => {
    expect(html("外投统计 *em* `code`")).toBe("外投统计 *em* `code`");
  });
});

describe("htmlLines()", () => {
  test("turns every line break into <br>, so a raw HTML block never meets a blank line", () => {
    const out = htmlLines("a\r\n\r\nb\rc\n  d  \n");
    expect(out).toBe("a<br><br>b<br>c<br>d");
    expect(out).not.toMatch(/[\r\n]/);
  });
});

describe("markdownText()", () => {
  test("escapes inline Markdown, emoji shortcodes and HTML", () => {
    expect(markdownText("*a* _b_ `c` [d](e) :tada: <i>&")).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\:tada\\: &lt;i&gt;&amp;",
    );
  });

  test("puts braces in v-pre spans, since Markdown would decode an entity back into a live `{`", () => {
    expect(markdownText("{{x}}")).toBe(
      "<span v-pre>&#123;</span><span v-pre>&#123;</span>x<span v-pre>&#125;</span><span v-pre>&#125;</span>",
    );
  });

  test("keeps a method name readable (dots and dashes need no escape)", () => {
    expect(markdownText("taobao.trade-x.get")).toBe("taobao.trade-x.get");
    expect(markdownText("a.b_c.d")).toBe("a.b\\_c.d");
  });

  test("keeps a heading on one line", () => {
    expect(markdownText("a\nb")).toBe("a b");
  });
});

describe("safeUrl()", () => {
  test("passes http(s) URLs, escaped for an attribute", () => {
    expect(safeUrl("https://open.taobao.com/api.htm?docId=1&docType=2")).toBe(
      "https://open.taobao.com/api.htm?docId=1&amp;docType=2",
    );
  });

  test.each(["javascript:alert(1)", "data:text/html,x", "/relative", 'https://x" onmouseover="y', undefined])(
    "refuses %s",
    (url) => {
      expect(safeUrl(url)).toBeUndefined();
    },
  );
});
