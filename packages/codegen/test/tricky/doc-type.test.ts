import { describe, expect, test } from "vitest";
import { readDocType } from "../../src/ir/doc-type.js";

/** `type[/itemType]` of a reading, `!` when it carries a warning: compact rows for the table below. */
function brief(docType: string | undefined, hasChildren = false): string {
  const r = readDocType(docType, hasChildren);
  const warned = r.unknownReason !== undefined || r.note !== undefined;
  return `${r.type}${r.itemType ? `/${r.itemType}` : ""}${warned ? "!" : ""}`;
}

describe("every type spelling (docs/architecture.md Types), without nested params", () => {
  test.each([
    ["String", "string"],
    ["Text", "string"],
    ["Number", "long"],
    ["Integer", "long"],
    ["Long", "long"],
    ["byte", "long"],
    ["Double", "double"],
    ["Boolean", "boolean"],
    ["Date", "date"],
    ["Price", "price"],
    ["Money", "price"],
    ["BigDecimal", "price"],
    ["Json", "json"],
    ["JSONObject", "json"],
    ["Map", "map"],
    ["byte[]", "file"],
    ["byte []", "file"],
    ["File", "file"],
    ["String[]", "array/string"],
    ["String []", "array/string"],
    ["Number []", "array/long"],
    ["Integer[]", "array/long"],
    ["Long[]", "array/long"],
    ["Double[]", "array/double"],
    ["Boolean[]", "array/boolean"],
    ["Date[]", "array/date"],
    ["Price[]", "array/price"],
    ["Money[]", "array/price"],
    ["BigDecimal[]", "array/price"],
    ["Text[]", "array/string"],
    ["Map[]", "array/map"],
    ["Json[]", "array/json"],
    ["Json []", "array/json"],
    ["ItemDto", "json!"],
    ["ItemDto []", "array/json!"],
    ["File[]", "unknown!"],
    ["byte[][]", "unknown!"],
    ["null[]", "unknown!"],
    ["[]", "unknown!"],
    ["", "unknown!"],
    [undefined, "unknown!"],
    ["List<Item>", "unknown!"],
  ])("%j -> %s", (docType, expected) => {
    expect(brief(docType)).toBe(expected);
  });
});

describe("with nested params, the nesting is the shape", () => {
  test.each([
    ["ItemDto", "struct"],
    ["ItemDto[]", "array/struct"],
    ["Money", "struct!"],
    ["Text", "struct!"],
    ["File []", "array/struct!"],
    ["Integer[]", "array/struct!"],
    ["Json", "struct!"],
    ["", "struct!"],
    ["List<Item>", "unknown!"],
  ])("%j -> %s", (docType, expected) => {
    expect(brief(docType, true)).toBe(expected);
  });

  test("structLike follows the name, not the nesting (the page-text parser opens structs by it)", () => {
    expect(readDocType("Money", true).structLike).toBe(false);
    expect(readDocType("ItemDto", false).structLike).toBe(true);
    expect(readDocType(undefined, true).structLike).toBe(false);
  });
});
