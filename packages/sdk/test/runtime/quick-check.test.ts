import fc from "fast-check";
import { expect, test } from "vitest";
import { objectSchema } from "../../src/runtime/check.js";
import { checkTree } from "../../src/runtime/check-tree.js";
import { FileItem } from "../../src/runtime/file-item.js";
import { type FieldSpec, TopStruct } from "../../src/runtime/index.js";
import { passesAll } from "../../src/runtime/quick-check.js";

class Item extends TopStruct {
  static override readonly $fields: readonly FieldSpec[] = [
    { name: "sku_id", field: "skuId", type: "long", required: true, maxValue: 9007199254740992 },
    { name: "name", field: "name", type: "string", maxLength: 3 },
  ];
}

// Every type and limit the runtime knows, so that the quick check and the zod schema meet each rule.
const FIELDS: readonly FieldSpec[] = [
  { name: "title", field: "title", type: "string", maxLength: 4 },
  { name: "count", field: "count", type: "long", required: true, minValue: -2, maxValue: 10 },
  { name: "ratio", field: "ratio", type: "double", maxValue: 1.5 },
  { name: "flag", field: "flag", type: "boolean" },
  { name: "start", field: "start", type: "date" },
  { name: "amount", field: "amount", type: "price", minValue: 0 },
  { name: "extra", field: "extra", type: "map" },
  { name: "raw", field: "raw", type: "json" },
  { name: "tags", field: "tags", type: "array", item: "long", maxListSize: 2 },
  { name: "item", field: "item", type: "struct", struct: () => Item },
  { name: "items", field: "items", type: "array", item: "struct", struct: () => Item, maxListSize: 2 },
  { name: "image", field: "image", type: "file", maxLength: 4 },
];

const scalar = fc.oneof(
  fc.constantFrom(undefined, null, "", " ", "1", "-3", "12", "1.5", "x", "true", "2024-05-01 08:30:00", "a,b,c"),
  fc.integer({ min: -5, max: 15 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }),
  fc.constant(new Date(0)),
  fc.constant(new Date(Number.NaN)),
  fc.constant(FileItem.fromBytes(new Uint8Array(3), "a")),
  fc.constant(FileItem.fromBytes(new Uint8Array(9), "b")),
);
const item = fc.record({ skuId: scalar, name: scalar }, { requiredKeys: [] });
const value = fc.oneof(scalar, item, fc.array(fc.oneof(scalar, item), { maxLength: 3 }), fc.constant({ a: "b" }));
// Most fields absent in most requests, so that whole requests pass often enough to compare both ways.
const sometimes = fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: value, weight: 1 });
const count = fc.oneof(value, fc.integer({ min: -2, max: 10 }));
const request = fc.record(Object.fromEntries(FIELDS.map((f) => [f.field, f.required ? count : sometimes])), {
  requiredKeys: [],
});

test("the quick check passes exactly what the zod schema passes", () => {
  let passed = 0;
  fc.assert(
    fc.property(request, (r) => {
      const zodOk = objectSchema(FIELDS).safeParse(checkTree(FIELDS, r)).success;
      expect(passesAll(FIELDS, r)).toBe(zodOk);
      if (zodOk) passed++;
    }),
    { numRuns: 3000 },
  );
  // Both outcomes were exercised, not just refusals.
  expect(passed).toBeGreaterThan(100);
});

test("a complete, valid request passes without zod; one broken nested value does not", () => {
  const ok = { count: 3, items: [new Item({ skuId: 1n, name: "ab" })], item: { skuId: "2", name: "x" } };
  expect(passesAll(FIELDS, ok)).toBe(true);
  expect(passesAll(FIELDS, { ...ok, item: { name: "x" } })).toBe(false);
  expect(passesAll(FIELDS, { ...ok, items: [{ skuId: 9007199254740993n }] })).toBe(false);
});
