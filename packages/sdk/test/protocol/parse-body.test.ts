import { describe, expect, test } from "vitest";
import { openEnvelope, parseBody } from "../../src/protocol/index.js";
import { plainValue } from "../../src/runtime/index.js";
import { TRADE_BODIES } from "../client/support/trade-api.js";

describe("parseBody", () => {
  test("JSON, with a trailing <!--top…--> comment tolerated", async () => {
    const tree = await parseBody('{"a_response":{"n":2940328723781049652}}\n<!--top010016214063.n.et2-->\n');
    expect(plainValue(tree)).toEqual({ a_response: { n: 2940328723781049652n } });
  });

  test("XML by its first character: values as text, repeated elements as arrays, comment and layout dropped", async () => {
    const tree = (await parseBody(TRADE_BODIES.xml)) as Record<string, Record<string, unknown>>;
    const rsp = tree.trade_get_response!;
    expect(Object.keys(tree)).toEqual(["trade_get_response"]);
    expect(rsp.tids).toEqual({ number: ["2940328723781049652", "5"] });
    expect((rsp.trade as Record<string, unknown>).orders).toEqual({
      order: [
        { oid: "2940328723781049653", title: "a & b" },
        { oid: "1", title: "中文" },
      ],
    });
  });

  test("XML keeps whitespace inside values and decodes character references", async () => {
    const tree = await parseBody("<x_response><a> padded </a><b>&#x4e2d;&#25991;&lt;</b><c/></x_response>");
    expect(tree).toEqual({ x_response: { a: " padded ", b: "中文<", c: "" } });
  });

  test("bad JSON (thrown at once) and bad XML (a rejection) are SyntaxErrors that say where", async () => {
    expect(() => parseBody('{"a":')).toThrowError(/invalid JSON at offset 5/);
    await expect(parseBody("<a><b></a>")).rejects.toThrowError(/invalid XML at line 1/);
  });
});

describe("openEnvelope", () => {
  test("error_response comes first, whatever else the root holds", () => {
    const content = { code: 7 };
    expect(openEnvelope({ x_response: {}, error_response: content })).toEqual({ content, isError: true });
  });

  test("the single member of the root is the content", () => {
    expect(openEnvelope({ trade_get_response: { a: 1 } })).toEqual({ content: { a: 1 }, isError: false });
  });

  test("simplify: a bare body is the content; a `_response` wrapper is still opened", () => {
    expect(openEnvelope({ trade: { a: 1 } }, true)).toEqual({ content: { trade: { a: 1 } }, isError: false });
    expect(openEnvelope({ trade_get_response: { trade: 1 } }, true)).toEqual({ content: { trade: 1 }, isError: false });
  });

  test("an empty XML envelope is an empty content; a non-object is no envelope", () => {
    expect(openEnvelope({ trade_get_response: "" })).toEqual({ content: {}, isError: false });
    expect(openEnvelope([1])).toBeUndefined();
    expect(openEnvelope("x")).toBeUndefined();
  });
});
