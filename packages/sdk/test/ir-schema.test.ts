import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ApiIrError, bundledIr, parseIr, serializeIr } from "../src/ir/index.js";

// The seed's IR as generated into the package (compact: the form the SDK ships).
const seedPath = new URL("../ir/tmall.alihouse.customer.clue.out.invest.total.data.back.flow.json", import.meta.url);
const seed = () => JSON.parse(readFileSync(seedPath, "utf8")) as Record<string, unknown>;

describe("IR schema", () => {
  test("the shipped seed IR is valid and serialises (compact) to exactly its own bytes", () => {
    const text = readFileSync(seedPath, "utf8");
    expect(serializeIr(parseIr(JSON.parse(text)), { compact: true })).toBe(text);
  });

  test("serializeIr orders keys as the schema does and omits absent optionals", () => {
    const ir = parseIr(seed());
    const shuffled = Object.fromEntries(Object.entries(ir).reverse());
    const text = serializeIr(shuffled as typeof ir);
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(JSON.parse(serializeIr(ir))));
    expect(text).not.toContain("null");
    expect(text.endsWith("}\n")).toBe(true);
  });

  test("a wrong type deep in a param is rejected with the path of the bad key", () => {
    const bad = seed();
    (bad.request as { children: { type: string }[] }[])[0]!.children[1]!.type = "text";
    expect(() => parseIr(bad, "seed.json")).toThrowError(ApiIrError);
    try {
      parseIr(bad, "seed.json");
    } catch (e) {
      expect((e as ApiIrError).message).toMatch(/^seed\.json: invalid IR: request\[0\]\.children\[1\]\.type: /);
    }
  });

  test("an unknown key, a missing key and a null are each rejected by path", () => {
    const unknown = { ...seed(), extra: 1 };
    expect(() => parseIr(unknown, "x")).toThrowError(/x: invalid IR: .*extra/);
    const missing = seed();
    delete missing.javaNames;
    expect(() => parseIr(missing, "x")).toThrowError(/javaNames/);
    const withNull = { ...seed(), category: null };
    expect(() => parseIr(withNull, "x")).toThrowError(/category/);
  });

  test("a method name that could escape a folder is rejected", () => {
    expect(() => parseIr({ ...seed(), method: "../../etc/passwd" }, "x")).toThrowError(/method/);
    expect(() => parseIr({ ...seed(), method: "a..b" }, "x")).toThrowError(/method/);
  });

  test("the SDK ships its IR and can list it", () => {
    const methods = bundledIr().map((ir) => ir.method);
    expect(methods).toContain("tmall.alihouse.customer.clue.out.invest.total.data.back.flow");
  });
});
