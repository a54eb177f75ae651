import { parseIr } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { parsePageText } from "../../src/parse/index.js";
import { corpusPages, pageMeta, pageText, seedText, shared } from "./support/corpus.js";

describe.skipIf(!shared)("the corpus pages", () => {
  test("every complete page (and the seed) parses into a valid IR with no warnings", () => {
    const complete = corpusPages().filter((p) => pageMeta(p).complete);
    expect(complete.length).toBeGreaterThanOrEqual(3);
    for (const name of complete) {
      const ir = parsePageText(pageText(name), { file: `${name}.txt` });
      expect(ir.warnings, name).toBeUndefined();
      expect(ir.incomplete, name).toBeUndefined();
      expect(() => parseIr(ir, name)).not.toThrow();
    }
    expect(parsePageText(seedText(), { file: "seed.txt" }).warnings).toBeUndefined();
  });

  test("every cut page read with allowIncomplete gives a valid IR marked incomplete", () => {
    const cut = corpusPages().filter((p) => !pageMeta(p).complete && p !== "taobao.trade.get");
    for (const name of cut) {
      const ir = parsePageText(pageText(name), { file: `${name}.txt`, allowIncomplete: true });
      expect(ir.incomplete, name).toBe(true);
      expect(ir.request.length + ir.response.length, name).toBeGreaterThan(0);
      expect(() => parseIr(ir, name)).not.toThrow();
    }
  });
});
