import fc from "fast-check";
import { expect, test } from "vitest";
import { formEncode } from "../../src/client/form-encode.js";

const wellFormed = (s: string) => s.replace(/\p{Surrogate}/gu, "\uFFFD");

test("a form decoder reads back every name and value (lone surrogates as U+FFFD, as UTF-8 signs them)", () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string({ unit: "binary", minLength: 1 }), fc.string({ unit: "binary" })), (params) => {
      const decoded = Object.fromEntries(new URLSearchParams(formEncode(params)));
      const expected = Object.fromEntries(Object.entries(params).map(([k, v]) => [wellFormed(k), wellFormed(v)]));
      expect(decoded).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});

test("spaces as +, the rest percent-encoded as UTF-8, as Java's URLEncoder sends them", () => {
  expect(formEncode({ fields: "a b,中", req: '{"k":"v&w=x"}' })).toBe(
    "fields=a+b%2C%E4%B8%AD&req=%7B%22k%22%3A%22v%26w%3Dx%22%7D",
  );
});
