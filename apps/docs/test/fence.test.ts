import { describe, expect, test } from "vitest";
import { codeGroup, fence, inertCode } from "../src/page/fence.js";

// VitePress 1.6.4's include pre-pass (processIncludes), which runs on the raw page before Markdown.
const VITEPRESS_INCLUDE = /<!--\s*@include:\s*(.*?)\s*-->/g;

describe("fence()", () => {
  test("uses three backticks for ordinary code", () => {
    expect(fence("ts", "const a = 1;")).toBe("```ts\nconst a = 1;\n```");
  });

  test("grows past the longest backtick run in the code, so the code cannot close it", () => {
    const code = "before\n````\nafter ``` inline";
    const out = fence("java", code);
    expect(out.startsWith("`````java\n")).toBe(true);
    expect(out.endsWith("\n`````")).toBe(true);
  });

  test("labels a code-group tab", () => {
    expect(fence("sh", "ls", "CLI")).toBe("```sh [CLI]\nls\n```");
  });
});

describe("inertCode()", () => {
  test.each([
    "<!--@include: ../../package.json-->",
    "x <!-- @include: /etc/passwd --> y",
    "<!--\n@include: @/secret.md{1,2}-->",
  ])("stops VitePress's include pre-pass on %j", (code) => {
    expect(code).toMatch(VITEPRESS_INCLUDE);
    expect(inertCode(code)).not.toMatch(VITEPRESS_INCLUDE);
  });

  test("leaves ordinary comments alone", () => {
    expect(inertCode("<!-- note -->")).toBe("<!-- note -->");
  });
});

test("codeGroup() wraps tabs in a code-group container", () => {
  expect(
    codeGroup([
      ["json", "JSON", "{}"],
      ["xml", "XML", "<a/>"],
    ]),
  ).toBe("::: code-group\n\n```json [JSON]\n{}\n```\n\n```xml [XML]\n<a/>\n```\n\n:::");
});
