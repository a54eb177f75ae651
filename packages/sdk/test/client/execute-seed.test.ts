import { afterEach, describe, expect, test, vi } from "vitest";
import { DefaultTaobaoClient } from "../../src/client/index.js";
import { ApiRuleError } from "../../src/errors/index.js";
import type { SignMethod } from "../../src/protocol/index.js";
import { parseTopDate } from "../../src/runtime/index.js";
import {
  TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest as SeedRequest,
  TmallAlihouseCustomerClueOutInvestTotalDataBackFlowResponse as SeedResponse,
} from "../support/seed.js";
import { signVectors } from "../support-vectors.js";
import { useServer } from "./support/clients.js";
import { signatureHolds } from "./support/independent-sign.js";

const seedVectors = signVectors.cases.filter((c) => c.name.startsWith("seed request"));
const seedData = JSON.parse(seedVectors[0]!.params.req!).data as string;

describe("the seed's Java sample, line for line", () => {
  const top = useServer();
  afterEach(() => vi.useRealTimers());

  test.each(seedVectors)("$name: sends the vector's params and signature", async (c) => {
    vi.useFakeTimers({ toFake: ["Date"], now: parseTopDate(c.params.timestamp!)! });
    top.answer(() => ({
      body: '{"tmall_alihouse_customer_clue_out_invest_total_data_back_flow_response":{"result":{"code":"success","msg":"成功","success":"true"},"request_id":"r9"}}',
    }));
    const client = new DefaultTaobaoClient(top.url, c.params.app_key!, c.secret, {
      signMethod: c.params.sign_method as SignMethod,
      retries: 0,
    });
    const req = new SeedRequest();
    const obj1 = new SeedRequest.CustomerClueOutInvestDataBackFlowReq();
    obj1.setType(1);
    obj1.setData(seedData);
    req.setReq(obj1);
    expect(req.getTextParams()).toEqual({ req: c.params.req });
    const rsp = await client.execute(req, c.params.session);
    await client.close();

    expect(rsp).toBeInstanceOf(SeedResponse);
    expect(rsp.isSuccess()).toBe(true);
    expect(rsp.getResult()?.getMsg()).toBe("成功");
    expect(rsp.requestId).toBe("r9");
    const got = top.received[0]!;
    expect(got.method).toBe("POST");
    expect(got.form).toEqual({ req: c.params.req });
    expect(got.query.sign).toBe(c.sign);
    expect(signatureHolds(got, c.secret)).toBe(true);
  });

  test("check() runs first: a broken request rejects with ApiRuleError and sends nothing", async () => {
    const client = top.client();
    const error = await client.execute(new SeedRequest({ req: { type: 1 } }), "sess").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRuleError);
    expect(error).toMatchObject({ errorCode: "40", param: "req.data" });
    expect(top.received).toHaveLength(0);
  });
});
