import { FileItem } from "@topkit/sdk";
import type { IrParam } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { irParam } from "../../../test-support/ir-builders.js";
import { CliError } from "../src/cli-error.js";
import { objectFromJson, tryJson, valueFromJson, valueFromText } from "../src/params/coerce.js";
import { resolvePath, setIn, splitPath } from "../src/params/paths.js";
import { wireToInit } from "../src/params/to-init.js";

const param = (name: string, type: IrParam["type"], extra: Partial<IrParam> = {}): IrParam =>
  irParam(name, {
    field: name.replace(/[._](\w)/g, (_m, c: string) => c.toUpperCase()),
    docType: type,
    type,
    ...extra,
  });

// A request shaped like TOP's: a struct, a struct list, a dotted wire name, scalar lists.
const PARAMS: IrParam[] = [
  param("req", "struct", {
    structName: "Req",
    docType: "Req",
    children: [param("type", "long"), param("data", "string"), param("rate", "double")],
  }),
  param("items", "array", {
    itemType: "struct",
    structName: "Item",
    docType: "Item[]",
    children: [param("sku_id", "long"), param("on", "boolean")],
  }),
  param("location", "string"),
  param("location.city", "string"),
  param("tids", "array", { itemType: "long", docType: "Number[]" }),
  param("extra", "json"),
];

const usage = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as CliError).message;
  }
  throw new Error("expected a usage error");
};

describe("resolvePath", () => {
  test("nested members, list elements, and wire names that hold a dot (longest name wins)", () => {
    expect(resolvePath(PARAMS, "req.type")).toMatchObject({
      segments: ["req", "type"],
      param: { name: "type" },
      item: false,
    });
    expect(resolvePath(PARAMS, "items[2].sku_id").segments).toEqual(["items", 2, "sku_id"]);
    expect(resolvePath(PARAMS, "tids[0]")).toMatchObject({ segments: ["tids", 0], item: true });
    expect(resolvePath(PARAMS, "location.city").segments).toEqual(["location.city"]);
    expect(resolvePath(PARAMS, "location").segments).toEqual(["location"]);
  });

  test("mistakes name the path and what is known", () => {
    expect(usage(() => resolvePath(PARAMS, "req.typo"))).toBe('unknown param "req.typo"');
    expect(usage(() => resolvePath(PARAMS, "req[0]"))).toMatch(/req is a Req, not a list/);
    expect(usage(() => resolvePath(PARAMS, "items.sku_id"))).toMatch(/items is a Item\[\], it has no member "sku_id"/);
    expect(usage(() => resolvePath(PARAMS, "req.type.x"))).toMatch(/req\.type is a long, it has no member "x"/);
  });
});

describe("values typed by the IR", () => {
  const at = (path: string, text: string) => {
    const r = resolvePath(PARAMS, path);
    return valueFromText(r.param, r.item, text, path);
  };

  test("longs as exact bigint, doubles, booleans, JSON for json; text that does not fit stays text for the SDK's check", () => {
    expect(at("req.type", "9007199254740993")).toBe(9007199254740993n);
    expect(at("req.rate", "0.5")).toBe(0.5);
    expect(at("items[0].on", "true")).toBe(true);
    expect(at("extra", '{"a":12345678901234567890}')).toEqual({ a: 12345678901234567890n });
    expect(at("req.type", "one")).toBe("one");
    expect(at("req.data", " spaced ")).toBe(" spaced ");
  });

  test("structs and lists from JSON text; scalar lists from commas", () => {
    expect(at("req", '{"type":1,"data":"x"}')).toEqual({ type: 1n, data: "x" });
    expect(at("tids", "1, 2,3")).toEqual([1n, 2n, 3n]);
    expect(at("tids", "[4,5]")).toEqual([4n, 5n]);
    expect(at("items", '[{"sku_id":7}]')).toEqual([{ sku_id: 7n }]);
    expect(usage(() => at("req", "not json"))).toMatch(/req: expected a JSON object \(Req\)/);
    expect(usage(() => at("items", "1,2"))).toMatch(/items: expected a JSON list of Item/);
  });

  test("--json objects: wire or field names, 19-digit numbers exact, unknown members refused", () => {
    const json = (text: string) => objectFromJson(PARAMS, tryJson(text)!.value as Record<string, unknown>, "");
    expect(json('{"req":{"type":1234567890123456789,"data":5}}')).toEqual({
      req: { type: 1234567890123456789n, data: "5" },
    });
    expect(json('{"locationCity":"杭州","tids":"1,2"}')).toEqual({ "location.city": "杭州", tids: [1n, 2n] });
    expect(json('{"req":null}')).toEqual({});
    expect(usage(() => json('{"req":{"nope":1}}'))).toBe('unknown param "req.nope"');
    expect(usage(() => json('{"req":[1]}'))).toMatch(/req: expected an object/);
  });

  test("--json takes the property names the SDK's classes have, renamed ones included (classMembers)", () => {
    const clash = [param("item_id", "long"), param("itemId", "long")];
    const json = (text: string) => objectFromJson(clash, tryJson(text)!.value as Record<string, unknown>, "");
    expect(json('{"itemId_":2}')).toEqual({ itemId: 2n });
    expect(json('{"itemId":1}')).toEqual({ itemId: 1n });
    expect(json('{"item_id":3}')).toEqual({ item_id: 3n });
  });

  test("wireToInit re-keys by the SDK's field names, inside lists too", () => {
    expect(wireToInit(PARAMS, { "location.city": "x", items: [{ sku_id: 1n }] })).toEqual({
      locationCity: "x",
      items: [{ skuId: 1n }],
    });
  });
});

describe("trees built by path", () => {
  test("objects and lists are created on the way; a gap in a list is refused", () => {
    const tree: Record<string, unknown> = {};
    setIn(tree, ["items", 0, "sku_id"], 1n);
    setIn(tree, ["items", 1, "sku_id"], 2n);
    expect(tree).toEqual({ items: [{ sku_id: 1n }, { sku_id: 2n }] });
    expect(usage(() => setIn(tree, ["items", 5, "x"], 1))).toMatch(/items\[5\]: lists cannot have gaps/);
    setIn(tree, ["a"], "text");
    expect(usage(() => setIn(tree, ["a", "b"], 1))).toMatch(/a already holds a value that is not an object/);
  });

  test("regression: a `__proto__` path stays data and never reaches Object.prototype", () => {
    const tree: Record<string, unknown> = {};
    setIn(tree, splitPath("__proto__.polluted"), "yes");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(tree)).toEqual(["__proto__"]);
  });

  test("splitPath (methods the SDK lacks) reads dots and indices, refuses malformed paths", () => {
    expect(splitPath("a.b[0].c")).toEqual(["a", "b", 0, "c"]);
    for (const bad of ["", ".a", "a.", "a..b", "[0]", "a[x]"])
      expect(usage(() => splitPath(bad))).toMatch(/is not a param path/);
  });
});

describe("file params", () => {
  const FILE = param("image", "file", { docType: "byte[]" });

  test("a path (with or without @) becomes a FileItem with a MIME type from its extension", () => {
    const item = valueFromJson(FILE, false, "@package.json", "image") as FileItem;
    expect(item).toBeInstanceOf(FileItem);
    expect([item.fileName, item.mimeType]).toEqual(["package.json", "application/octet-stream"]);
  });

  test("a missing file is refused before anything is sent", () => {
    expect(usage(() => valueFromJson(FILE, false, "@nope.jpg", "image"))).toBe('image: no file "nope.jpg"');
  });
});
