import { describe, expect, expectTypeOf, test } from "vitest";
import * as sdk from "../../src/index.js";
import * as seed from "../support/seed.js";

// What the gateway, CLI and docs build on: changing this list is changing the public API.
const CLIENT_SURFACE = [
  "DefaultTaobaoClient",
  "TOP_ENDPOINTS",
  "banSeconds",
  "isSafeToResend",
  "maskSessionKey",
  "SECRET_MASK",
  "SIGN_METHODS",
  "SYSTEM_PARAM_NAMES",
  "assertSignMethod",
  "businessParams",
  "canonicalString",
  "errorFieldsOf",
  "explainSignature",
  "openEnvelope",
  "parseBody",
  "parseLosslessJson",
  "signParams",
  "signTopRequest",
  "signedSystemParams",
  "systemParams",
  "TopError",
  "ApiRuleError",
  "TopApiError",
  "TopAbortError",
  "TopConnectionError",
  "TopHttpError",
  "TopParseError",
  "TopTimeoutError",
  "bodyExcerpt",
];

describe("public API", () => {
  test("the client, protocol and error names are exported from the package root", () => {
    const exported = new Set(Object.keys(sdk));
    expect(CLIENT_SURFACE.filter((name) => !exported.has(name))).toEqual([]);
  });

  test("every error class extends TopError", () => {
    for (const E of [
      sdk.ApiRuleError,
      sdk.TopApiError,
      sdk.TopAbortError,
      sdk.TopConnectionError,
      sdk.TopHttpError,
      sdk.TopParseError,
      sdk.TopTimeoutError,
    ]) {
      expect(E.prototype).toBeInstanceOf(sdk.TopError);
    }
  });

  test("types: execute() resolves to the request's own response class; call() to a plain record", () => {
    const client = new sdk.DefaultTaobaoClient(sdk.DefaultTaobaoClient.env.sandbox, "k", "s");
    const req = new seed.TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest();
    const typed = () => client.execute(req, "session");
    expectTypeOf(
      typed,
    ).returns.resolves.toEqualTypeOf<seed.TmallAlihouseCustomerClueOutInvestTotalDataBackFlowResponse>();
    expectTypeOf(client.call).returns.resolves.toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(client).toExtend<sdk.TaobaoClient>();
    return client.close();
  });

  test("maskSessionKey shows 4 characters at most", () => {
    expect(sdk.maskSessionKey("6100e23657fb0b2d")).toBe("6100…");
    expect(sdk.maskSessionKey("abc")).toBe("****");
  });
});
