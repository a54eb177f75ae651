import { describe, expect, test } from "vitest";
import { DefaultTaobaoClient } from "../../src/client/index.js";
import { bundledIrOf, exampleInit } from "../../src/ir/index.js";
import { createLocalGateway } from "../../src/testing/index.js";
import { TRADE_BODIES, TradeGetRequest } from "../client/support/trade-api.js";
import {
  TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest as SeedRequest,
  TmallAlihouseCustomerClueOutInvestTotalDataBackFlowResponse as SeedResponse,
} from "../support/seed.js";
import { useGateway } from "./support/gateway.js";
import { TRADE_RESPONSE, tradeIr } from "./support/irs.js";
import { APP_KEY, SECRET } from "./support/raw-call.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const seedIr = bundledIrOf(SEED)!;
const seedRequest = () => new SeedRequest(exampleInit(seedIr.request));

describe("the seed round trip through DefaultTaobaoClient", () => {
  const top = useGateway();

  test.each([
    ["json", {}, '{"tmall_alihouse_customer_clue_out_invest_total_data_back_flow_response":{"result":'],
    [
      "xml",
      { format: "xml" as const },
      '<?xml version="1.0" encoding="utf-8" ?><tmall_alihouse_customer_clue_out_invest_total_data_back_flow_response><result><code>success</code>',
    ],
    ["simplify", { simplify: true }, '{"result":{"code":"success"'],
  ])("%s: the typed response from the doc's XML sample", async (form, options, bodyStart) => {
    const rsp = await top.client(options).execute(seedRequest(), "6100e23657fb0b2d0c78");
    expect(rsp).toBeInstanceOf(SeedResponse);
    expect(rsp.isSuccess()).toBe(true);
    expect(rsp.result).toBeInstanceOf(SeedResponse.Result);
    expect(rsp.result).toMatchObject({ code: "success", msg: "成功", success: "true" });
    expect(rsp.getBody().startsWith(bodyStart)).toBe(true);
    expect(rsp.requestId).toMatch(/^[0-9a-z]{12}$/);
    expect(top.last.answer).toEqual({ status: 200, form, faults: [] });
  });

  test("every answer has a fresh request_id", async () => {
    const client = top.client();
    const ids = new Set<string | undefined>();
    for (let i = 0; i < 5; i++) ids.add((await client.execute(seedRequest(), "sess")).requestId);
    expect(ids.size).toBe(5);
  });

  test("the page's example request (its `data` JSON) is what arrives", async () => {
    await top.client().execute(seedRequest(), "sess");
    const req = JSON.parse(top.last.params.req!) as { type: number; data: string };
    expect(req.type).toBe(1);
    expect(JSON.parse(req.data)).toEqual(JSON.parse(seedIr.request[0]!.children[1]!.example!));
  });
});

describe("answers built from the doc: the JSON sample, else the XML sample, else the examples", () => {
  const jsonSample = TRADE_BODIES.json.replace('"request_id":"r1"', '"request_id":"from-the-doc"');
  // The samples list two orders; the IR's examples describe one.
  const both = [2940328723781049653n, 1n];
  const one = [2940328723781049653n];
  const sources = [
    ["the JSON sample", tradeIr({ responseJson: jsonSample, responseXml: "<not even xml" }), both],
    ["the XML sample, typed by the IR", tradeIr({ responseXml: TRADE_BODIES.xml }), both],
    ["the IR's examples", tradeIr(), one],
    ["the examples, when both samples are broken", tradeIr({ responseJson: "{", responseXml: "<a>" }), one],
  ] as const;

  test.each(sources)("%s: the same typed trade in json, xml and simplify", async (_, ir, orderIds) => {
    const gateway = await createLocalGateway({ appKey: APP_KEY, appSecret: SECRET, apis: [ir] });
    try {
      for (const options of [{}, { format: "xml" as const }, { simplify: true }]) {
        const client = new DefaultTaobaoClient(gateway.url, APP_KEY, SECRET, { retries: 0, ...options });
        const rsp = await client.execute(new TradeGetRequest({ tid: 1, fields: ["tid"] }));
        await client.close();
        expect(rsp.isSuccess()).toBe(true);
        expect(rsp.requestId).not.toBe("from-the-doc");
        expect(rsp.trade?.tid).toBe(2940328723781049652n);
        expect(rsp.trade?.created).toEqual(new Date("2024-05-01T00:30:00Z"));
        expect(rsp.trade).toMatchObject({ payment: "12.50", buyerRate: true, discount: 0.5 });
        expect(rsp.trade?.orders?.map((o) => o.oid)).toEqual(orderIds);
        expect(rsp.tids?.[0]).toBe(2940328723781049652n);
      }
    } finally {
      await gateway.close();
    }
  });

  test("JSON keeps 64-bit ids as bare digits and lists in TOP's wrappers; simplify drops the wrappers", async () => {
    const gateway = await createLocalGateway({ appKey: APP_KEY, appSecret: SECRET, apis: [tradeIr()] });
    try {
      const json = new DefaultTaobaoClient(gateway.url, APP_KEY, SECRET);
      const simple = new DefaultTaobaoClient(gateway.url, APP_KEY, SECRET, { simplify: true });
      const req = () => new TradeGetRequest({ tid: 1, fields: "tid" });
      const body = (await json.execute(req())).getBody();
      expect(body).toContain('"tid":2940328723781049652');
      expect(body).toContain('"orders":{"order":[{"oid":2940328723781049653,"title":"a & b"}]}');
      expect(body).toContain('"tids":{"number":[2940328723781049652,5]}');
      const flat = (await simple.execute(req())).getBody();
      expect(flat).toContain('"orders":[{"oid":2940328723781049653');
      expect(flat).toContain('"tids":[2940328723781049652,5]');
      await Promise.all([json.close(), simple.close()]);
    } finally {
      await gateway.close();
    }
  });

  test("an API with no samples and no examples answers an empty success", async () => {
    const bare = tradeIr();
    const gateway = await createLocalGateway({
      appKey: APP_KEY,
      appSecret: SECRET,
      apis: [{ ...bare, response: TRADE_RESPONSE.map((p) => ({ ...p, example: undefined, children: [] })) }],
    });
    const client = new DefaultTaobaoClient(gateway.url, APP_KEY, SECRET);
    const rsp = await client.execute(new TradeGetRequest({ tid: 1, fields: "tid" }));
    expect(rsp.isSuccess()).toBe(true);
    expect(rsp.trade).toBeUndefined();
    await client.close();
    await gateway.close();
  });
});
