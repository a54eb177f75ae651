import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ApiRuleError } from "../src/errors/index.js";
import { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest as SeedRequest } from "./support/seed.js";

interface Vector {
  name: string;
  params: Record<string, string>;
}
const vectors = JSON.parse(readFileSync(new URL("./fixtures/sign-vectors.json", import.meta.url), "utf8")) as {
  cases: Vector[];
};
const seedVectors = vectors.cases.filter((c) => c.name.startsWith("seed request"));
const seedData = JSON.parse(seedVectors[0]!.params.req!).data as string;

/** The seed's Java sample, line for line. */
function buildLikeJava(): SeedRequest {
  const req = new SeedRequest();
  const obj1 = new SeedRequest.CustomerClueOutInvestDataBackFlowReq();
  obj1.setType(1);
  obj1.setData(seedData);
  req.setReq(obj1);
  return req;
}

describe("seed request", () => {
  test("there are seed-request sign vectors to compare with", () => {
    expect(seedVectors.map((v) => v.name)).toEqual([
      "seed request md5",
      "seed request hmac",
      "seed request hmac-sha256",
    ]);
  });

  test.each(seedVectors)("getTextParams() equals the `req` of '$name' byte for byte", (vector) => {
    const params = buildLikeJava().getTextParams();
    expect(Object.keys(params)).toEqual(["req"]);
    expect(Buffer.from(params.req!)).toEqual(Buffer.from(vector.params.req!));
  });

  test("an object literal, a bigint and a digit string give the same text as the setters", () => {
    const expected = buildLikeJava().getTextParams();
    for (const type of [1, 1n, "1"] as const) {
      const req = new SeedRequest({ req: { type, data: seedData } });
      expect(req.getTextParams()).toEqual(expected);
      expect(req.req).toBeInstanceOf(SeedRequest.CustomerClueOutInvestDataBackFlowReq);
    }
  });

  test("getApiMethodName and getFileParams", () => {
    const req = buildLikeJava();
    expect(req.getApiMethodName()).toBe("tmall.alihouse.customer.clue.out.invest.total.data.back.flow");
    expect(req.getFileParams()).toEqual({});
  });

  test("check() passes a complete request", () => {
    expect(() => buildLikeJava().check()).not.toThrow();
  });

  test("check() reports a missing struct as 40 at `req`", () => {
    const error = (() => {
      try {
        new SeedRequest().check();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ApiRuleError);
    expect(error).toMatchObject({ errorCode: "40", param: "req" });
  });

  test("check() reports a missing nested field as 40 at `req.data` and a bad number as 41 at `req.type`", () => {
    const noData = new SeedRequest({ req: { type: 1 } });
    expect(() => noData.check()).toThrowError(expect.objectContaining({ errorCode: "40", param: "req.data" }));
    const blank = new SeedRequest({ req: { type: 1, data: "   " } });
    expect(() => blank.check()).toThrowError(expect.objectContaining({ errorCode: "40", param: "req.data" }));
    const badType = new SeedRequest({ req: { type: "one", data: "[]" } });
    expect(() => badType.check()).toThrowError(expect.objectContaining({ errorCode: "41", param: "req.type" }));
  });

  test("an unknown property in an object literal is refused, not silently dropped", () => {
    expect(() => new SeedRequest({ req: { typ: 1 } as never })).toThrowError(/unknown property "typ"/);
  });

  test("toJSON is JSON-safe with 64-bit values as strings", () => {
    const req = new SeedRequest({ req: { type: 2940328723781049652n, data: "x" } });
    expect(JSON.parse(JSON.stringify(req))).toEqual({
      method: "tmall.alihouse.customer.clue.out.invest.total.data.back.flow",
      req: { type: "2940328723781049652", data: "x" },
    });
  });
});
