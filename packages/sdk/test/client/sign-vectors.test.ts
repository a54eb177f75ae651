import { afterEach, describe, expect, test, vi } from "vitest";
import type { SignMethod } from "../../src/protocol/index.js";
import { formatTopDate, parseTopDate } from "../../src/runtime/index.js";
import { signVectors } from "../support-vectors.js";
import { useServer } from "./support/clients.js";
import { independentSign, signatureHolds } from "./support/independent-sign.js";

const SYSTEM = new Set(["method", "app_key", "timestamp", "v", "sign_method", "format", "session", "simplify"]);

// A vector whose timestamp a clock can produce can be replayed through the whole client: with the
// clock set to it, the client must send exactly the vector's params and signature.
const clockTime = (text: string) => {
  const at = parseTopDate(text);
  return at && formatTopDate(at) === text ? at : undefined;
};
const replayable = signVectors.cases.filter((c) => clockTime(c.params.timestamp!) !== undefined);

describe("every sign vector through the client, checked by the server's own implementation", () => {
  const top = useServer();
  afterEach(() => vi.useRealTimers());

  // The one left ("2011-07-01 13: 52:03") goes through signTopRequest and the same check in test/protocol.
  test("all but the malformed-timestamp vector can be replayed", () => {
    expect(signVectors.cases.length - replayable.length).toBe(1);
  });

  test.each(replayable)("$name", async (c) => {
    vi.useFakeTimers({ toFake: ["Date"], now: clockTime(c.params.timestamp!)! });
    const business = Object.fromEntries(Object.entries(c.params).filter(([k]) => !SYSTEM.has(k)));
    const client = top.client(
      {
        signMethod: c.params.sign_method as SignMethod,
        format: c.params.format as "json" | "xml",
        simplify: c.params.simplify === "true",
      },
      { appKey: c.params.app_key!, secret: c.secret },
    );
    await client.call(c.params.method!, business, c.params.session);
    const got = top.received[0]!;
    const expected = Object.fromEntries(Object.entries(c.params).filter(([, v]) => v.trim() !== ""));
    expect({ ...got.query, ...got.form }).toEqual({ ...expected, sign: c.sign });
    expect(Object.keys(got.query).sort()).toEqual(
      [...Object.keys(expected).filter((k) => SYSTEM.has(k)), "sign"].sort(),
    );
    expect(signatureHolds(got, c.secret)).toBe(true);
    expect(independentSign({ ...got.query, ...got.form }, c.secret, c.params.sign_method!)).toBe(c.sign);
  });
});
