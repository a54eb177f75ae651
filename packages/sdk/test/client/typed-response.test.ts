import { describe, expect, test } from "vitest";
import { useServer } from "./support/clients.js";
import { Order, TRADE_BODIES, Trade, TradeGetRequest, TradeGetResponse } from "./support/trade-api.js";

const request = () => new TradeGetRequest({ tid: 2940328723781049652n, fields: ["tid", "orders"] });

describe("typed responses from every body form", () => {
  const top = useServer();

  async function executeWith(body: string, options: { simplify?: boolean; format?: "json" | "xml"; gzip?: boolean }) {
    top.answer(() => ({
      body,
      gzip: options.gzip,
      contentType: body.startsWith("<") ? "text/xml" : "text/javascript",
    }));
    return top.client(options).execute(request(), "session-key");
  }

  test("JSON: 19-digit ids exact as bigint, dates, prices as text, list wrappers unwrapped", async () => {
    const rsp = await executeWith(TRADE_BODIES.json, {});
    expect(rsp).toBeInstanceOf(TradeGetResponse);
    expect(rsp.isSuccess()).toBe(true);
    expect(rsp.trade).toBeInstanceOf(Trade);
    expect(rsp.trade?.tid).toBe(2940328723781049652n);
    expect(rsp.trade?.created).toEqual(new Date(1714523400000));
    expect(rsp.trade?.payment).toBe("12.50");
    expect(rsp.trade?.buyerRate).toBe(true);
    expect(rsp.trade?.discount).toBe(0.5);
    expect(rsp.trade?.orders).toHaveLength(2);
    expect(rsp.trade?.orders?.[0]).toBeInstanceOf(Order);
    expect(rsp.trade?.orders?.map((o) => o.oid)).toEqual([2940328723781049653n, 1n]);
    expect(rsp.tids).toEqual([2940328723781049652n, 5n]);
    expect(rsp.requestId).toBe("r1");
    expect(rsp.getBody()).toBe(TRADE_BODIES.json);
  });

  test.each([
    ["XML (with a trailing <!--top…--> comment)", TRADE_BODIES.xml, { format: "xml" as const }],
    ["simplify without the _response wrapper", TRADE_BODIES.simplifyBare, { simplify: true }],
    ["simplify with the _response wrapper", TRADE_BODIES.simplifyWrapped, { simplify: true }],
    ["gzipped JSON", TRADE_BODIES.json, { gzip: true }],
  ])("%s gives the same typed object as JSON", async (_name, body, options) => {
    const expected = await executeWith(TRADE_BODIES.json, {});
    const rsp = await executeWith(body, options);
    expect(rsp).toStrictEqual(expected);
    expect(rsp.trade?.tid).toBe(2940328723781049652n);
    expect(rsp.toJSON()).toEqual(expected.toJSON());
    expect(rsp.getBody()).toBe(body);
  });

  test("the client asks for gzip and for the format it was given", async () => {
    await executeWith(TRADE_BODIES.xml, { format: "xml" });
    expect(top.received[0]?.headers["accept-encoding"]).toBe("gzip");
    expect(top.received[0]?.query.format).toBe("xml");
  });

  test("a bigint request param is sent as its exact digits; a scalar list comma-joined", async () => {
    await executeWith(TRADE_BODIES.json, {});
    expect(top.received[0]?.form).toEqual({ tid: "2940328723781049652", fields: "tid,orders" });
  });

  test("an empty list wrapper reads as [], a missing list leaves the property unset", async () => {
    const rsp = await executeWith('{"trade_get_response":{"trade":{"tid":1,"orders":{}}}}', {});
    expect(rsp.trade?.orders).toEqual([]);
    expect(rsp.tids).toBeUndefined();
  });
});

describe("call(): the same pipeline without a generated class", () => {
  const top = useServer();

  test("integers beyond 2^53 come back as bigint, the rest as number", async () => {
    top.answer(() => ({ body: TRADE_BODIES.json }));
    const body = await top.client().call("taobao.trade.get", { tid: 2940328723781049652n, fields: "tid" });
    const trade = (body.trade_get_response as { trade: Record<string, unknown> }).trade;
    expect(trade.tid).toBe(2940328723781049652n);
    expect(trade.discount).toBe(0.5);
    expect(trade.payment).toBe("12.50");
    expect(body.trade_get_response).toMatchObject({ tids: { number: [2940328723781049652n, 5] } });
    expect(top.received[0]?.form.tid).toBe("2940328723781049652");
  });

  test("params by DESIGN's wire rules: objects as JSON, scalar lists joined, Dates GMT+8, structs by wire name", async () => {
    await top.client().call("x.y", {
      obj: { id: 2940328723781049652n, at: new Date(1714523400000), name: "测试/项目", none: null },
      list: [1n, 2, "3"],
      when: new Date(1714523400000),
      flag: false,
      struct: new Order({ oid: 7n, title: "t" }),
      skipped: undefined,
    });
    expect(top.received[0]?.form).toEqual({
      obj: '{"id":2940328723781049652,"at":"2024-05-01 08:30:00","name":"测试/项目"}',
      list: "1,2,3",
      when: "2024-05-01 08:30:00",
      flag: "false",
      struct: '{"oid":7,"title":"t"}',
    });
  });

  test("XML bodies come back as text values", async () => {
    top.answer(() => ({ body: TRADE_BODIES.xml }));
    const body = await top.client({ format: "xml" }).call("taobao.trade.get", {});
    expect(body).toMatchObject({ trade_get_response: { trade: { tid: "2940328723781049652" } } });
  });
});
