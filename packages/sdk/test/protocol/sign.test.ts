import { describe, expect, test } from "vitest";
import {
  canonicalString,
  explainSignature,
  maskSessionKey,
  SECRET_MASK,
  type SignMethod,
  signTopRequest,
} from "../../src/protocol/index.js";
import { independentSign } from "../client/support/independent-sign.js";
import { signVectors } from "../support-vectors.js";

describe("signTopRequest", () => {
  test("there are vectors for every sign method", () => {
    const methods = new Set(signVectors.cases.map((c) => c.params.sign_method));
    expect([...methods].sort()).toEqual(["hmac", "hmac-sha256", "md5"]);
  });

  test.each(signVectors.cases)("$name: canonical string and upper-case hex sign", (c) => {
    const method = c.params.sign_method as SignMethod;
    expect(canonicalString(c.params)).toBe(c.canonical);
    expect(signTopRequest(c.params, c.secret, method)).toBe(c.sign);
    // The test's own implementation agrees, so the vectors and the server-side check agree too.
    expect(independentSign(c.params, c.secret, method)).toBe(c.sign);
  });

  test("`sign` itself, null, undefined, empty and blank values are not signed", () => {
    const base = { method: "x", app_key: "1" };
    const noisy = { ...base, sign: "ABC", a: null, b: undefined, c: "", d: "  " };
    expect(canonicalString(noisy)).toBe(canonicalString(base));
    expect(signTopRequest(noisy, "k", "md5")).toBe(signTopRequest(base, "k", "md5"));
  });

  test("an unknown sign method is refused with the allowed ones", () => {
    expect(() => signTopRequest({}, "k", "sha1" as SignMethod)).toThrowError(
      'unknown sign method "sha1"; use one of md5, hmac, hmac-sha256',
    );
  });
});

describe("explainSignature", () => {
  const c = signVectors.cases.find((v) => v.name === "doc-style md5")!;
  const session = c.params.session!;
  // The session shows as the hooks show it (4 characters), in its place in the canonical string.
  const shown = c.canonical.replace(`session${session}`, `session${maskSessionKey(session)}`);

  test("md5 wraps the canonical string in the masked secret", () => {
    expect(explainSignature(c.params, c.secret, "md5")).toBe(`${SECRET_MASK}${shown}${SECRET_MASK}`);
  });

  test("hmac methods hash the canonical string alone", () => {
    expect(explainSignature(c.params, c.secret, "hmac-sha256")).toBe(shown);
  });

  test("regression: topkit sign and explainSignature printed the whole session in the string-to-sign", () => {
    const long = "6100e23657fb0b2d0c78568e55a3031134be9a3a";
    const text = explainSignature({ ...c.params, session: long }, c.secret, "hmac");
    expect(text).not.toContain(long);
    expect(text).toContain("session6100…");
    expect(explainSignature({ a: "1" }, c.secret, "hmac")).toBe("a1");
  });

  test("the secret never shows, even when a value contains it", () => {
    const params = { ...c.params, note: `x${c.secret}y` };
    const text = explainSignature(params, c.secret, "md5");
    expect(text).not.toContain(c.secret);
    expect(text).toContain(`notex${SECRET_MASK}y`);
  });
});
