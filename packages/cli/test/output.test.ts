import { describe, expect, test } from "vitest";
import { palette } from "../src/io/palette.js";
import { jsonText } from "../src/output/json-text.js";
import { parseQuery, runQuery } from "../src/output/query.js";
import { printable } from "../src/output/sanitize.js";
import { tableText } from "../src/output/table.js";
import { textWidth } from "../src/output/text-width.js";

describe("jsonText", () => {
  test("bigints as exact bare digits, non-ASCII unescaped, undefined members dropped", () => {
    expect(jsonText({ tid: 1234567890123456789n, title: "成功", gone: undefined, list: [1, null] }, false)).toBe(
      '{"tid":1234567890123456789,"title":"成功","list":[1,null]}',
    );
  });

  test("pretty: two-space indent; empty containers stay on one line; colors only when asked", () => {
    expect(jsonText({ a: [], b: {}, c: [1] }, true)).toBe('{\n  "a": [],\n  "b": {},\n  "c": [\n    1\n  ]\n}');
    expect(jsonText({ a: 1 }, false, palette(true))).toBe('{\u001b[34m"a"\u001b[39m:\u001b[36m1\u001b[39m}');
  });
});

describe("tableText", () => {
  test("a list of objects: columns in first-seen order, widths counting Chinese as two columns", () => {
    const text = tableText([
      { id: 1, name: "杭州" },
      { id: 22, name: "x", extra: { a: 1 } },
    ]);
    expect(text).toBe(["id | name | extra", "-- | ---- | -------", "1  | 杭州 |", '22 | x    | {"a":1}'].join("\n"));
  });

  test("cols pick and order columns; an object becomes field/value lines; control characters are neutralised", () => {
    expect(tableText([{ a: 1, b: 2 }], ["b"])).toBe("b\n-\n2");
    expect(tableText({ r: { code: "ok", list: [{ x: 1 }] } })).toBe(
      ["field       | value", "----------- | -----", "r.code      | ok", "r.list[0].x | 1"].join("\n"),
    );
    expect(tableText({ a: "bad\u001b[2Jtext\nnext" })).toContain("bad?[2Jtext next");
  });
});

describe("--query", () => {
  const value = { result: { items: [{ id: 1 }, { id: 2 }, { other: 3 }] }, code: "ok" };

  test("members, indices (negative from the end), [] over every element, a leading dot", () => {
    expect(runQuery(parseQuery("code"), value)).toBe("ok");
    expect(runQuery(parseQuery(".result.items[1].id"), value)).toBe(2);
    expect(runQuery(parseQuery("result.items[-1]"), value)).toEqual({ other: 3 });
    expect(runQuery(parseQuery("result.items[].id"), value)).toEqual([1, 2]);
    expect(runQuery(parseQuery("result.nope"), value)).toBeUndefined();
    expect(runQuery(parseQuery("code[0]"), value)).toBeUndefined();
  });

  test("a malformed path is refused before any call", () => {
    for (const bad of ["", "a..b", "a[x]", "a[0"]) expect(() => parseQuery(bad)).toThrow(/--query/);
  });
});

test("textWidth counts CJK and full-width forms as two columns", () => {
  expect(textWidth("abc")).toBe(3);
  expect(textWidth("外投统计")).toBe(8);
  expect(textWidth("（默认）")).toBe(8);
});

test("printable turns terminal control characters into ?", () => {
  expect(printable("a\u001b]0;title\u0007b\tc\nd")).toBe("a?]0;title?b\tc\nd");
});
