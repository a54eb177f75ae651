import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { ApiIrError } from "../../src/ir/index.js";
import { createLocalGateway, type LocalGatewayOptions } from "../../src/testing/index.js";
import { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest as SeedRequest } from "../support/seed.js";
import { useGateway } from "./support/gateway.js";
import { apiIr } from "./support/irs.js";
import { APP_KEY, rawCall, SECRET } from "./support/raw-call.js";

const SESSION = "6100e23657fb0b2d0c78568e55a3031134be9a3a5d4b3a02";

describe("requests: what arrived, for assertions", () => {
  const top = useGateway();

  test("each request with its params; session and sign cut to 4 characters; the secret nowhere", async () => {
    await top.client().execute(new SeedRequest({ req: { type: 1, data: "[]" } }), SESSION);
    const seen = top.last;
    expect(seen).toMatchObject({
      httpMethod: "POST",
      apiMethod: "tmall.alihouse.customer.clue.out.invest.total.data.back.flow",
      bodyType: "form",
      params: { app_key: APP_KEY, session: "6100…", req: '{"type":1,"data":"[]"}' },
      answer: { status: 200, form: "json", faults: [] },
    });
    expect(seen.params.sign).toMatch(/^[0-9A-F]{4}…$/);
    const everything = JSON.stringify(top.gateway.requests) + inspect(top.gateway, { depth: 10, showHidden: true });
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(SESSION.slice(0, 8));
  });

  test("a refused call records its code and sub-code", async () => {
    await rawCall(top.url, {
      system: { method: "taobao.trade.get", session: undefined },
      business: { tid: "x", fields: "a" },
    });
    expect(top.last.answer).toMatchObject({ status: 200, code: 41, subCode: "isv.invalid-parameter" });
  });
});

describe("keepRequests bounds the record, so long runs do not grow without limit", () => {
  test("only the latest N are kept, oldest first", async () => {
    const gateway = await createLocalGateway({ appKey: APP_KEY, appSecret: SECRET, keepRequests: 2 });
    for (const v of ["1.1", "1.2", "1.3"]) await rawCall(gateway.url, { system: { v } });
    expect(gateway.requests.map((r) => r.params.v)).toEqual(["1.2", "1.3"]);
    await gateway.close();
  });
});

describe("bad options fail at once, saying what is wrong", () => {
  test.each([
    [{ appKey: "", appSecret: "x" }, "createLocalGateway: appKey is empty"],
    [{ appKey: "k", appSecret: " " }, "createLocalGateway: appSecret is empty"],
    [{ appKey: "k", appSecret: "x", keepRequests: -1 }, "keepRequests must be a whole number"],
  ])("%o", async (options, message) => {
    await expect(createLocalGateway(options as LocalGatewayOptions)).rejects.toThrow(message);
  });

  test("an IR in apis that breaks the schema names its index and key path", async () => {
    const broken = { ...apiIr("topkit.broken"), needsSession: "yes" };
    const error = await createLocalGateway({ appKey: "k", appSecret: "x", apis: [broken as never] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiIrError);
    expect((error as Error).message).toMatch(/^createLocalGateway: apis\[0\]: invalid IR: needsSession: /);
  });

  test("a port in use is refused with the OS's error", async () => {
    const first = await createLocalGateway({ appKey: "k", appSecret: "x" });
    const port = Number(new URL(first.url).port);
    await expect(createLocalGateway({ appKey: "k", appSecret: "x", port })).rejects.toThrow("EADDRINUSE");
    await first.close();
  });
});
