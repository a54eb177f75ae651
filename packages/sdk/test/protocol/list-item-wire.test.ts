import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sharedOrNotice } from "../../../../test-support/shared.js";
import { listItemWire, listItemWireOf } from "../../src/ir/index.js";

interface JavaField {
  wire: string;
  javaType: string;
  listItemWire?: string;
}
interface JavaNames {
  entries: {
    responseFields: JavaField[];
    requestNested: { fields: JavaField[] }[];
    responseNested: { fields: JavaField[] }[];
  }[];
  domainClasses: Record<string, { fields: JavaField[] }>;
}

const shared = sharedOrNotice();

/** Every list field of the official Java SDK with its item type (`List<X>` -> X) and item wire name. */
function javaLists(names: JavaNames): { itemType: string; listItemWire: string }[] {
  const fields = [
    ...names.entries.flatMap((e) => [
      ...e.responseFields,
      ...e.requestNested.flatMap((n) => n.fields),
      ...e.responseNested.flatMap((n) => n.fields),
    ]),
    ...Object.values(names.domainClasses).flatMap((c) => c.fields),
  ];
  return fields
    .filter((f) => f.listItemWire !== undefined)
    .map((f) => ({ itemType: /^List<(\w+)>$/.exec(f.javaType)![1]!, listItemWire: f.listItemWire! }));
}

describe("listItemWire: TOP's list item name rule", () => {
  test("the README's examples, digits, underscores and what no element name holds", () => {
    expect(listItemWire("Trade")).toBe("trade");
    expect(listItemWire("ImprFeedInfoDO")).toBe("impr_feed_info_d_o");
    expect(listItemWire("QrcodeDO")).toBe("qrcode_d_o");
    expect(listItemWire("Sku2Info")).toBe("sku2_info");
    expect(listItemWire("Foo_Bar")).toBe("foo__bar");
    expect(listItemWire("String []")).toBe("string");
    expect(listItemWire("List<Long>")).toBe("list_long");
    expect(listItemWire("trade")).toBe("trade");
  });

  test("a param's item name: the doc's struct name before a clash rename, else its scalar doc type", () => {
    expect(listItemWireOf({ structName: "Order2", docStructName: "Order", docType: "Order[]" })).toBe("order");
    expect(listItemWireOf({ structName: "TopQrcodeDO", docType: "TopQrcodeDO[]" })).toBe("top_qrcode_d_o");
    expect(listItemWireOf({ docType: "Number []" })).toBe("number");
    expect(listItemWireOf({ docType: "" })).toBe("item");
  });

  // Java's List<Long> items are `number` because TOP's docs type them `Number[]`: scalar lists are checked
  // by the doc types TOP gives them (Java's own type names are not doc type names).
  const DOC_TYPE_OF_JAVA_SCALAR: Readonly<Record<string, string>> = { String: "String[]", Long: "Number[]" };
  // The one list whose item name is not its doc type's: PromotionInItem.sku_price_list (doc type `String[]`
  // in taobao.ump.promotion.get) has `price` items, a name set by hand for that API, not by the rule.
  const EXCEPTIONS = [{ itemType: "String", listItemWire: "price" }];

  test.skipIf(!shared)("all 361 list fields of the official Java SDK (323 struct lists, 38 scalar)", () => {
    const names = JSON.parse(readFileSync(join(shared!, "conformance", "java-sdk-names.json"), "utf8")) as JavaNames;
    const lists = javaLists(names);
    expect(lists.filter((l) => !(l.itemType in DOC_TYPE_OF_JAVA_SCALAR))).toHaveLength(323);
    expect(lists).toHaveLength(361);
    const wrong = lists.filter(
      (l) => listItemWire(DOC_TYPE_OF_JAVA_SCALAR[l.itemType] ?? l.itemType) !== l.listItemWire,
    );
    expect(wrong).toEqual(EXCEPTIONS);
  });
});
