import { describe, expect, test } from "vitest";
import { openEnvelope, parseBody, responseKey } from "../../src/protocol/index.js";
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

test("hostile XML: entity definitions are not expanded (no billion laughs)", async () => {
  const defs = Array.from({ length: 8 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("");
  const text = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY l0 "lol">${defs}]><x_response><a>&l8;</a></x_response>`;
  expect(await parseBody(text)).toEqual({ x_response: { a: "&l8;" } });
});

describe("openEnvelope (strict: only the API's own answer is a success)", () => {
  const M = "taobao.trade.get";
  const problem = (tree: unknown, simplify = false) => {
    const e = openEnvelope(tree, M, simplify);
    return "problem" in e ? e.problem : undefined;
  };

  test("responseKey: dots to underscores, a leading taobao. dropped, other prefixes kept", () => {
    expect(responseKey("taobao.trade.get")).toBe("trade_get_response");
    expect(responseKey("tmall.item.update")).toBe("tmall_item_update_response");
    expect(responseKey("alibaba.aliqin.fc.sms.num.send")).toBe("alibaba_aliqin_fc_sms_num_send_response");
  });

  test("error_response comes first, whatever else the root holds (a failure is never read as a success)", () => {
    const content = { code: 7 };
    expect(openEnvelope({ trade_get_response: {}, error_response: content }, M)).toEqual({ content, isError: true });
    expect(openEnvelope({ error_response: content }, M, true)).toEqual({ content, isError: true });
  });

  test("the API's own <method>_response is the content", () => {
    expect(openEnvelope({ trade_get_response: { a: 1 } }, M)).toEqual({ content: { a: 1 }, isError: false });
  });

  test("exception kept: an empty envelope (XML <trade_get_response/>) is an empty content", () => {
    expect(openEnvelope({ trade_get_response: "" }, M)).toEqual({ content: {}, isError: false });
  });

  test("exception kept: simplify answers without the wrapper (with request_id), or with it", () => {
    const bare = { trade: { a: 1 }, request_id: "r" };
    expect(openEnvelope(bare, M, true)).toEqual({ content: bare, isError: false });
    expect(openEnvelope({ trade_get_response: { trade: 1 } }, M, true)).toEqual({
      content: { trade: 1 },
      isError: false,
    });
  });

  test("regression: false success — {}, another API's envelope, an HTML page and extra keys are problems", () => {
    expect(problem({})).toMatch(/expected only "trade_get_response", got an empty object/);
    expect(problem({}, true)).toMatch(/got an empty object/);
    expect(problem({ item_get_response: { item: {} } })).toMatch(/got keys "item_get_response"/);
    expect(problem({ item_get_response: { request_id: "r" } }, true)).toMatch(/got keys "item_get_response"/);
    expect(problem({ html: { head: "", body: "login" } })).toMatch(/got keys "html"/);
    expect(problem({ trade_get_response: {}, other: 1 })).toMatch(/got keys "trade_get_response", "other"/);
    expect(problem({ trade: { a: 1 } }, true)).toMatch(/request_id/);
    expect(problem({ trade_get_response: 5 })).toMatch(/holds no object/);
    expect(problem([1])).toMatch(/not a JSON object/);
    expect(problem("x")).toMatch(/not a JSON object/);
  });
});
