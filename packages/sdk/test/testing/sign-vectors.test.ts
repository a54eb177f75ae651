import { afterEach, describe, expect, test } from "vitest";
import { expectedSignature } from "../../src/testing/gateway-sign.js";
import { createLocalGateway, type LocalGateway } from "../../src/testing/index.js";
import { timestampMs } from "../../src/testing/system-checks.js";
import { signVectors } from "../support-vectors.js";
import { apiIr } from "./support/irs.js";
import { outcome, rawCall } from "./support/raw-call.js";

const SYSTEM = new Set(["method", "app_key", "timestamp", "v", "sign_method", "format", "session", "simplify"]);

describe("the gateway's signature check against ../shared/sign-vectors.json (the fixture copy)", () => {
  test.each(signVectors.cases)("$name: the gateway computes the vector's sign", (c) => {
    expect(expectedSignature(c.params, c.secret, c.params.sign_method!)).toBe(c.sign);
  });

  // Over HTTP: the gateway's clock set to the vector's time, the vector's exact params and sign sent
  // (system params in the query, the rest in the body). The vector with a malformed timestamp
  // ("13: 52:03") is refused with 31 before its signature matters, so it is checked above only.
  const replayable = signVectors.cases.filter((c) => timestampMs(c.params.timestamp!) !== undefined);
  let gateway: LocalGateway | undefined;
  afterEach(async () => {
    await gateway?.close();
    gateway = undefined;
  });

  test("all but the malformed-timestamp vector are replayed", () => {
    expect(signVectors.cases.length - replayable.length).toBe(1);
  });

  test.each(replayable)("$name: accepted as sent, refused with 25 once a byte changes", async (c) => {
    const at = timestampMs(c.params.timestamp!)!;
    gateway = await createLocalGateway({
      appKey: c.params.app_key!,
      appSecret: c.secret,
      apis: [apiIr(c.params.method!)],
      clock: () => at,
    });
    const system = Object.fromEntries(Object.entries(c.params).filter(([k]) => SYSTEM.has(k)));
    const business = Object.fromEntries(Object.entries(c.params).filter(([k]) => !SYSTEM.has(k)));
    const send = (sign: string, changed: Record<string, string> = {}) =>
      rawCall(gateway!.url, { system: { ...system, sign }, business: { ...business, ...changed }, secret: false });

    expect(outcome(await send(c.sign))).toBe("ok");
    const flipped = (c.sign[0] === "A" ? "B" : "A") + c.sign.slice(1);
    expect(outcome(await send(flipped))).toMatchObject({ code: 25 });
    const [name, value] = Object.entries(business).find(([, v]) => v.trim() !== "")!;
    expect(outcome(await send(c.sign, { [name]: `${value}x` }))).toMatchObject({ code: 25 });
  });
});
