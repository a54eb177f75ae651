import { describe, expect, test } from "vitest";
import { commentSafe } from "../../src/emit/doc-text.js";
import { emitApiModule } from "../../src/emit/emit-all.js";
import { parseDocJson } from "../../src/parse/index.js";
import { hostileDoc } from "./hostile.js";

describe("doc text cannot escape comments or strings", () => {
  test("commentSafe neutralises comment ends and starts, tags, CR and control characters", () => {
    expect(commentSafe(" a */ b /* c\r\n@tag\u0000d\u2028 ")).toBe("a *\\/ b /\\* c\n\\@tag d");
  });

  test("plain text takes the fast path unchanged (trimmed), multi-line text included", () => {
    for (const text of ["普通的描述", "line one\nline two", "  email me@example.com  ", "a * / b"]) {
      expect(commentSafe(text)).toBe(text.trim());
    }
  });

  test("a hostile doc emits a module whose comments all close where the generator closes them", () => {
    const module = emitApiModule(parseDocJson(JSON.stringify(hostileDoc), { file: "hostile.json" }));
    const opened = module.match(/\/\*\*/g)?.length ?? 0;
    expect(opened).toBeGreaterThan(3);
    expect(module.match(/\*\//g)).toHaveLength(opened);
    expect(module).not.toMatch(/^\s*\* @(param|deprecated|example fake)/m);
    expect(module).not.toMatch(/^export const pwned/m);
    expect(module).toContain('getApiMethodName(): "taobao.hostile.text.get"');
  });

  test("regression: a description line starting with @example stays text (it was turned back into a tag)", () => {
    const module = emitApiModule(parseDocJson(JSON.stringify(hostileDoc), { file: "hostile.json" }));
    expect(module).toContain(" * \\@example fake tag");
    expect(module.match(/^ \* @example$/gm)).toHaveLength(1);
  });
});
