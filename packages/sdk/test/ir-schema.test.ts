import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ApiIrError, bundledIr, irTextFile, parseIr, readIrFile, serializeIr, shippedIr } from "../src/ir/index.js";

// The seed's IR as generated into the package (the form the SDK ships: structure + text file, compact).
const SEED_FILE = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow.json";
const seedPath = fileURLToPath(new URL(`../ir/${SEED_FILE}`, import.meta.url));
/** The seed's whole IR document, as plain JSON to break. */
const seed = () => JSON.parse(serializeIr(readIrFile(seedPath))) as Record<string, unknown>;

describe("IR schema", () => {
  test("the shipped seed IR is valid and is written again as exactly its own two files", () => {
    const structure = readFileSync(seedPath, "utf8");
    const text = readFileSync(fileURLToPath(new URL(`../ir/${irTextFile(SEED_FILE)}`, import.meta.url)), "utf8");
    expect(shippedIr(readIrFile(seedPath))).toEqual({ structure, text });
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
      // (The compact file leaves docType to follow from the type, so a bad type also leaves docType missing.)
      expect((e as ApiIrError).message).toMatch(/^seed\.json: invalid IR: .*request\[0\]\.children\[1\]\.type: /);
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
