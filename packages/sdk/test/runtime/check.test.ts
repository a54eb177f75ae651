import { describe, expect, test } from "vitest";
import { ApiRuleError } from "../../src/errors/index.js";
import { INT64_MAX, INT64_MIN, INT64_RANGE_REASON } from "../../src/ir/index.js";
import { checkFields } from "../../src/runtime/check.js";
import { FileItem } from "../../src/runtime/file-item.js";
import { type FieldSpec, TopStruct } from "../../src/runtime/index.js";

// check() is one validator (src/runtime/check.ts): the first broken rule, by wire path, as ApiRuleError 40/41.
class Item extends TopStruct {
  static override readonly $fields: readonly FieldSpec[] = [
    { name: "sku_id", field: "skuId", type: "long", required: true, maxValue: 9007199254740992 },
    { name: "name", field: "name", type: "string", maxLength: 3 },
  ];
}

const FIELDS: readonly FieldSpec[] = [
  { name: "title", field: "title", type: "string", maxLength: 4 },
  { name: "count", field: "count", type: "long", required: true, minValue: -2, maxValue: 10 },
  { name: "ratio", field: "ratio", type: "double", maxValue: 1.5 },
  { name: "flag", field: "flag", type: "boolean" },
  { name: "start", field: "start", type: "date" },
  { name: "amount", field: "amount", type: "price", minValue: 0 },
  { name: "extra", field: "extra", type: "map" },
  { name: "tags", field: "tags", type: "array", item: "long", maxListSize: 2 },
  { name: "item", field: "item", type: "struct", struct: () => Item },
  { name: "items", field: "items", type: "array", item: "struct", struct: () => Item, maxListSize: 2 },
  { name: "image", field: "image", type: "file", maxLength: 4 },
  { name: "big", field: "big", type: "long" },
];

/** What check() says of `value`: "ok", or the error's code, param path and reason. */
function verdict(value: object): string {
  try {
    checkFields(FIELDS, value);
    return "ok";
  } catch (e) {
    if (!(e instanceof ApiRuleError)) throw e;
    expect(e.message).toBe(`${e.param}: ${e.reason} (${e.errorCode})`);
    return `${e.errorCode} ${e.param}: ${e.reason}`;
  }
}

describe("check(): the first broken rule with its wire path", () => {
  const ok = { count: 3, items: [new Item({ skuId: 1n, name: "ab" })], item: { skuId: "2", name: "x" } };

  test.each([
    ["a complete, valid request", ok, "ok"],
    ["blank values count as absent", { ...ok, title: " ", flag: null }, "ok"],
    ["a missing required field", { title: "a" }, "40 count: required"],
    ["a blank required field", { count: "  " }, "40 count: required"],
    [
      "a type: text for a long",
      { count: "x" },
      "41 count: expected an integer (bigint, safe integer or decimal digits)",
    ],
    ["a limit on a long, exactly", { count: 11n }, "41 count: at most 10"],
    ["a lower limit", { count: -3 }, "41 count: at least -2"],
    ["a length limit", { ...ok, title: "abcde" }, "41 title: at most 4 characters"],
    ["a double", { ...ok, ratio: Number.NaN }, "41 ratio: expected a finite number"],
    ["a boolean", { ...ok, flag: "yes" }, "41 flag: expected true or false"],
    ["a date", { ...ok, start: new Date(Number.NaN) }, "41 start: expected a Date or `yyyy-MM-dd HH:mm:ss` text"],
    ["a list size", { ...ok, tags: [1, 2, 3] }, "41 tags: at most 2 items"],
    ["a list size of comma-joined text", { ...ok, tags: "1,2,3" }, "41 tags: at most 2 items"],
    [
      "a list item",
      { ...ok, tags: [1, "x"] },
      "41 tags[1]: expected an integer (bigint, safe integer or decimal digits)",
    ],
    ["a hole in a list", { ...ok, tags: [1, undefined] }, "40 tags[1]: required"],
    ["not a list", { ...ok, tags: 5 }, "41 tags: expected a list"],
    ["a struct's required member", { ...ok, item: { name: "x" } }, "40 item.sku_id: required"],
    ["a struct that is no object", { ...ok, item: "x" }, "41 item: expected an object"],
    [
      "a member of a struct in a list",
      { ...ok, items: [{ skuId: 1 }, { skuId: 2, name: "long" }] },
      "41 items[1].name: at most 3 characters",
    ],
    ["a file's size", { ...ok, image: FileItem.fromBytes(new Uint8Array(9), "b") }, "41 image: at most 4 bytes"],
    ["a file param given text", { ...ok, image: "a.png" }, "41 image: expected a FileItem"],
    ["fields in declared order: the first wins", { title: "abcde", flag: "yes" }, "41 title: at most 4 characters"],
  ])("%s", (_what, value, expected) => {
    expect(verdict(value)).toBe(expected);
  });

  // Issue 14: TOP's Number is a Java long; a value past it was sent and refused by TOP (or silently wrapped).
  test("regression: a Number param beyond the 64-bit range passes check()", () => {
    for (const big of [INT64_MAX + 1n, INT64_MIN - 1n, `${INT64_MAX + 1n}`, " 99999999999999999999 "]) {
      expect(verdict({ ...ok, big })).toBe(`41 big: ${INT64_RANGE_REASON}`);
      expect(verdict({ ...ok, items: [{ skuId: big }] })).toBe(`41 items[0].sku_id: ${INT64_RANGE_REASON}`);
    }
    for (const edge of [INT64_MAX, INT64_MIN, `${INT64_MAX}`, `${INT64_MIN}`])
      expect(verdict({ ...ok, big: edge })).toBe("ok");
    expect(INT64_RANGE_REASON).toBe("outside the 64-bit integer range (-9223372036854775808 to 9223372036854775807)");
  });
});
