import { describe, expect, expectTypeOf, test } from "vitest";
import * as sdk from "../../src/index.js";
import * as seed from "../support/seed.js";

// The package root's whole hand-written surface (src/index.ts lists it name by name): adding or removing a
// name here is changing the public API, documented in the README's "Public API". Internals (the signer,
// system-param builders, the validator, reply parsing) stay behind it.
const PUBLIC_SURFACE = [
  "DefaultTaobaoClient",
  "TOP_ENDPOINTS",
  "banSeconds",
  "isSafeToResend",
  "maskSessionKey",
  "ApiRuleError",
  "TopAbortError",
  "TopApiError",
  "TopConnectionError",
  "TopError",
  "TopHttpError",
  "TopParseError",
  "TopTimeoutError",
  "TopResponseTooLargeError",
  "TopResponseValueError",
  "SECRET_MASK",
  "SIGN_METHODS",
  "SYSTEM_PARAM_NAMES",
  "assertSignMethod",
  "explainSignature",
  "openEnvelope",
  "parseLosslessJson",
  "responseKey",
  "secretMasker",
  "MAX_JSON_DEPTH",
  "signParams",
  "signTopRequest",
  "FileItem",
  "RawNumber",
  "TopRequest",
  "TopResponse",
  "TopStruct",
  "formatPlainNumber",
  "formatTopDate",
  "losslessStringify",
  "parseTopDate",
  "plainValue",
  "structToWireTree",
  "MemoryLimitStore",
  "TopLimitWaitError",
  "TopLimitStoreError",
].sort();

/** What the generated part of the root adds: the classes (named like Java's) and the registry. */
const isGenerated = (name: string) => name === "registry" || /(Request|Response)$/.test(name);

describe("public API", () => {
  test("the package root exports exactly the public surface besides the generated classes", () => {
    const handWritten = Object.keys(sdk).filter((name) => !isGenerated(name) || PUBLIC_SURFACE.includes(name));
    expect(handWritten.sort()).toEqual(PUBLIC_SURFACE);
  });

  test("internals are not exported from the root", () => {
    for (const name of ["businessParams", "signedSystemParams", "systemParams", "canonicalString", "topSigner"])
      expect(sdk).not.toHaveProperty(name);
    for (const name of ["checkFields", "readResponse", "readValue", "listOf", "errorFieldsOf", "parseBody"])
      expect(sdk).not.toHaveProperty(name);
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
