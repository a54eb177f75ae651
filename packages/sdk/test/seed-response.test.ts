import { describe, expect, test } from "vitest";
import { readResponse } from "../src/runtime/index.js";
import { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowResponse as SeedResponse } from "./support/seed.js";

describe("seed response", () => {
  test("a success body fills the typed Result and its getters", () => {
    const content = { result: { code: "success", msg: "成功", success: "true" }, request_id: "abc" };
    const rsp = readResponse(SeedResponse, content, '{"…":1}');
    expect(rsp.isSuccess()).toBe(true);
    expect(rsp.result).toBeInstanceOf(SeedResponse.Result);
    expect(rsp.getResult()?.getCode()).toBe("success");
    expect(rsp.result?.msg).toBe("成功");
    expect(rsp.requestId).toBe("abc");
    expect(rsp.getBody()).toBe('{"…":1}');
    expect(rsp.toJSON()).toEqual({ result: { code: "success", msg: "成功", success: "true" }, requestId: "abc" });
  });

  test("an error_response gives a response whose isSuccess() is false, with the error fields", () => {
    const content = { code: 50, msg: "Remote service error", sub_code: "isv.invalid-parameter", sub_msg: "非法参数" };
    const rsp = readResponse(SeedResponse, content, "{}", true);
    expect(rsp.isSuccess()).toBe(false);
    expect(rsp).toMatchObject({ errorCode: "50", msg: "Remote service error", subCode: "isv.invalid-parameter" });
    expect(rsp.getSubMsg()).toBe("非法参数");
    expect(rsp.result).toBeUndefined();
  });
});
