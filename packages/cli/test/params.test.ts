import { type FieldSpec, FileItem, TopStruct } from "@topkit/sdk";
import type { ParamType } from "@topkit/sdk/ir";
import { load } from "@topkit/sdk/registry";
import { describe, expect, test } from "vitest";
import { CliError } from "../src/cli-error.js";
import { objectFromJson, tryJson, valueFromJson, valueFromText } from "../src/params/coerce.js";
import { resolvePath, setIn, splitPath } from "../src/params/paths.js";

// The CLI types values by the fields of the API's generated request class (`$fields`), as the SDK describes
// them: these tables are written the way the generated classes carry them.

/** One field: wire name, property name (the wire name camel-cased unless given), type. */
const field = (name: string, type: ParamType, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  field: name.replace(/[._](\w)/g, (_m, c: string) => c.toUpperCase()),
  type,
  ...extra,
});

/** A struct class named `name` with these fields, as `Request.Foo` is one. */
const structClass = (name: string, fields: FieldSpec[]) => {
  const Struct = class extends TopStruct {
    static override readonly $fields = fields;
  };
  return Object.defineProperty(Struct, "name", { value: name });
};

const Req = structClass("Req", [field("type", "long"), field("data", "string"), field("rate", "double")]);
const Item = structClass("Item", [field("sku_id", "long"), field("on", "boolean")]);

// A request shaped like TOP's: a struct, a struct list, a dotted wire name, scalar lists.
const PARAMS: FieldSpec[] = [
  field("req", "struct", { struct: () => Req }),
  field("items", "array", { item: "struct", struct: () => Item }),
  field("location", "string"),
  field("location.city", "string"),
  field("tids", "array", { item: "long" }),
  field("extra", "json"),
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
      spec: { name: "type" },
      item: false,
    });
    expect(resolvePath(PARAMS, "items[2].sku_id")).toMatchObject({
      segments: ["items", 2, "sku_id"],
      keys: ["items", 2, "skuId"],
    });
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

describe("values typed by the request class's fields", () => {
  const at = (path: string, text: string) => {
    const r = resolvePath(PARAMS, path);
    return valueFromText(r.spec, r.item, text, path);
  };

  test("longs as exact bigint, doubles, booleans, JSON for json; text that does not fit stays text for the SDK's check", () => {
    expect(at("req.type", "9007199254740993")).toBe(9007199254740993n);
    expect(at("req.rate", "0.5")).toBe(0.5);
    expect(at("items[0].on", "true")).toBe(true);
    expect(at("extra", '{"a":12345678901234567890}')).toEqual({ a: 12345678901234567890n });
    expect(at("req.type", "one")).toBe("one");
    // Beyond 64 bits stays text too: check() then says so (code 41), as for any other value out of range.
    expect(at("req.type", "9223372036854775808")).toBe("9223372036854775808");
    expect(at("req.data", " spaced ")).toBe(" spaced ");
  });

  test("structs and lists from JSON text (keyed by property name); scalar lists from commas", () => {
    expect(at("req", '{"type":1,"data":"x"}')).toEqual({ type: 1n, data: "x" });
    expect(at("tids", "1, 2,3")).toEqual([1n, 2n, 3n]);
    expect(at("tids", "[4,5]")).toEqual([4n, 5n]);
    expect(at("items", '[{"sku_id":7}]')).toEqual([{ skuId: 7n }]);
    expect(usage(() => at("req", "not json"))).toMatch(/req: expected a JSON object \(Req\)/);
    expect(usage(() => at("items", "1,2"))).toMatch(/items: expected a JSON list of Item/);
  });

  test("--json objects: wire or field names, 19-digit numbers exact, unknown members refused", () => {
    const json = (text: string) => objectFromJson(PARAMS, tryJson(text)!.value as Record<string, unknown>, "");
    expect(json('{"req":{"type":1234567890123456789,"data":5}}')).toEqual({
      req: { type: 1234567890123456789n, data: "5" },
    });
    expect(json('{"locationCity":"杭州","tids":"1,2"}')).toEqual({ locationCity: "杭州", tids: [1n, 2n] });
    expect(json('{"req":null}')).toEqual({});
    expect(usage(() => json('{"req":{"nope":1}}'))).toBe('unknown param "req.nope"');
    expect(usage(() => json('{"req":[1]}'))).toMatch(/req: expected an object/);
  });

  test("--json takes the property names the SDK's classes have, renamed ones included", () => {
    // classMembers renames a clashing property (`itemId` -> `itemId_`); the CLI reads the class's own names.
    const clash = [field("item_id", "long"), field("itemId", "long", { field: "itemId_" })];
    const json = (text: string) => objectFromJson(clash, tryJson(text)!.value as Record<string, unknown>, "");
    expect(json('{"itemId_":2}')).toEqual({ itemId_: 2n });
    expect(json('{"itemId":1}')).toEqual({ itemId_: 1n });
    expect(json('{"item_id":3}')).toEqual({ itemId: 3n });
  });

  test("a generated class's own fields type the values: the tree is what its constructor takes", async () => {
    const { Request } = await load("tmall.alihouse.customer.clue.out.invest.total.data.back.flow");
    const fields = (Request as unknown as { $fields: readonly FieldSpec[] }).$fields;
    const r = resolvePath(fields, "req.type");
    const tree: Record<string, unknown> = {};
    setIn(tree, r.keys, valueFromText(r.spec, r.item, "1", "req.type"), r.segments);
    const request = new Request(tree) as unknown as { getReq(): { getType(): unknown } };
    expect(request.getReq().getType()).toBe(1n);
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
  const FILE = field("image", "file");

  test("a path (with or without @) becomes a FileItem with a MIME type from its extension", () => {
    const item = valueFromJson(FILE, false, "@package.json", "image") as FileItem;
    expect(item).toBeInstanceOf(FileItem);
    expect([item.fileName, item.mimeType]).toEqual(["package.json", "application/octet-stream"]);
  });

  test("a missing file is refused before anything is sent", () => {
    expect(usage(() => valueFromJson(FILE, false, "@nope.jpg", "image"))).toBe('image: no file "nope.jpg"');
  });
});
