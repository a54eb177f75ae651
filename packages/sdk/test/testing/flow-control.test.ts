import { describe, expect, test } from "vitest";
import { banSubMsg, LIMIT_SUB_CODES } from "../../src/protocol/call-limit.js";
import { createLocalGateway } from "../../src/testing/index.js";
import { useGateway } from "./support/gateway.js";
import { apiIr } from "./support/irs.js";
import { APP_KEY, SECRET } from "./support/raw-call.js";

const A = "topkit.flow.a";
const B = "topkit.flow.b";

describe("the local gateway's flow control (limits)", () => {
  // Near the real time: the gateway checks the client's timestamp against this clock (±10 minutes).
  let now = Date.now() - 3 * 60_000;
  const gw = useGateway({
    apis: [apiIr(A), apiIr(B)],
    clock: () => now,
    limits: { appPerSecond: 4, perApi: { [B]: 2 }, banSeconds: 3 },
  });

  test("over the app's rate in any one second: code 7 with TOP's sub-code and sub_msg, then refused until the ban ends", async () => {
    const client = gw.client();
    now += 60_000;
    const answers = [];
    for (let i = 0; i < 4; i++) {
      now += 100;
      answers.push(await client.call(A));
    }
    expect(answers.every((a) => !("error_response" in a))).toBe(true);
    now += 500; // four calls in the last 800 ms: the fifth is one too many
    await expect(client.call(A)).resolves.toMatchObject({
      error_response: { code: 7, msg: "App Call Limited", sub_code: LIMIT_SUB_CODES.app, sub_msg: banSubMsg(3) },
    });
    now += 1500; // no call in the last second now, but the ban runs 1.5 s more
    await expect(client.call(B)).resolves.toMatchObject({ error_response: { code: 7, sub_msg: banSubMsg(2) } });
    now += 1500;
    await expect(client.call(A)).resolves.not.toHaveProperty("error_response");
    expect(gw.gateway.requests.slice(-3).map((r) => r.answer.code)).toEqual([7, 7, undefined]);
  });

  test("one API over its own rate: code 7 with the API's sub-code bans only that API", async () => {
    const client = gw.client();
    now += 60_000;
    await client.call(B);
    now += 10;
    await client.call(B);
    now += 10;
    await expect(client.call(B)).resolves.toMatchObject({
      error_response: { code: 7, sub_code: LIMIT_SUB_CODES.api, sub_msg: banSubMsg(3) },
    });
    now += 10;
    await expect(client.call(A)).resolves.not.toHaveProperty("error_response");
    await expect(client.call(B)).resolves.toMatchObject({ error_response: { code: 7, sub_code: LIMIT_SUB_CODES.api } });
  });

  test("limits that make no sense are refused before the gateway starts", async () => {
    const start = (limits: object) => createLocalGateway({ appKey: APP_KEY, appSecret: SECRET, limits });
    await expect(start({ appPerSecond: 0 })).rejects.toThrow(/limits\.appPerSecond must be a whole number/);
    await expect(start({ perApi: { [A]: 1.5 } })).rejects.toThrow(/limits\.perApi\["topkit\.flow\.a"\]/);
    await expect(start({ banSeconds: -1 })).rejects.toThrow(/limits\.banSeconds/);
  });
});
