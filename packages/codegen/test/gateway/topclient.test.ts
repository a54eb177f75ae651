import { createRequire } from "node:module";
import type { ApiIr } from "@topkit/sdk/ir";
import { createLocalGateway, type LocalGateway } from "@topkit/sdk/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sharedOrNotice } from "../../../../test-support/shared.js";
import { parseCorpus } from "../catalogue/corpus.js";
import { pooled } from "./pool.js";
import { needsFile, paramText } from "./valid-values.js";

// node-taobao-topclient 0.1.7 (npm), the client many Node services used before topkit: md5 signatures,
// a form body, objects sent as JSON text, timestamps in the machine's local time.
interface TopClient {
  execute(method: string, params: Record<string, unknown>): Promise<unknown>;
}
interface TopClientError extends Error {
  code?: number;
}
const TopClient = createRequire(import.meta.url)("node-taobao-topclient").default as new (options: {
  appkey: string;
  appsecret: string;
  REST_URL: string;
}) => TopClient;

/**
 * Calls of the sweep the gateway refuses, each with why, checked both ways (every refusal is listed, every
 * listed call is refused with its code). None today: the values are made inside each param's doc limits,
 * and the calls that topclient cannot make at all (a required file) are left out of the sweep and counted.
 */
const EXPECTED_REFUSALS: readonly { method: string; code: number; reason: string }[] = [];

const APP_KEY = "12345678";
const SECRET = "topclient-s3cr3t";
const SESSION = "6100e23657fb0b2d0c78";
const shared = sharedOrNotice();

/** What topclient's caller passes: required text params (objects for struct JSON, which it stringifies). */
function topclientParams(ir: ApiIr): Record<string, unknown> {
  const params: Record<string, unknown> = ir.needsSession ? { session: SESSION } : {};
  for (const p of ir.request) {
    if (!p.required || p.type === "file") continue;
    const text = paramText(p);
    params[p.name] = text.startsWith("{") || text.startsWith("[") ? JSON.parse(text) : text;
  }
  return params;
}

type Outcome = { method: string; code: number | "ok"; read: boolean };

describe.skipIf(!shared)("node-taobao-topclient calls the gateway for every catalogue API it can express", () => {
  let irs: ApiIr[] = [];
  let gateway: LocalGateway;
  let client: TopClient;
  const zone = process.env.TZ;

  beforeAll(async () => {
    irs = parseCorpus(shared!).irs;
    gateway = await createLocalGateway({ appKey: APP_KEY, appSecret: SECRET, apis: irs, keepRequests: 0 });
    client = new TopClient({ appkey: APP_KEY, appsecret: SECRET, REST_URL: gateway.url });
  }, 120_000);
  afterAll(async () => {
    process.env.TZ = zone;
    await gateway?.close();
  });

  test("outside GMT+8 its local-time timestamps are refused with 31, as TOP refuses them", async () => {
    process.env.TZ = "UTC";
    const error = (await client.execute("taobao.time.get", {}).catch((e: unknown) => e)) as TopClientError;
    expect(error.code).toBe(31);
  });

  test("in GMT+8, its mistakes get TOP's codes: 40 for a missing required param, 25 for another secret", async () => {
    process.env.TZ = "Asia/Shanghai";
    const ir = irs.find((i) => i.method === "taobao.item.seller.get")!;
    const missing = (await client.execute(ir.method, { session: SESSION }).catch((e: unknown) => e)) as TopClientError;
    expect(missing.code).toBe(40);
    const other = new TopClient({ appkey: APP_KEY, appsecret: "another-secret", REST_URL: gateway.url });
    const wrong = (await other.execute(ir.method, topclientParams(ir)).catch((e: unknown) => e)) as TopClientError;
    expect(wrong.code).toBe(25);
  });

  test("in GMT+8: accepted count printed, every refusal listed with its reason, the answer read", async () => {
    process.env.TZ = "Asia/Shanghai";
    const callable = irs.filter((ir) => !needsFile(ir.request));
    const outcomes = await pooled(
      callable.map((ir) => async (): Promise<Outcome> => {
        try {
          const content = await client.execute(ir.method, topclientParams(ir));
          return { method: ir.method, code: "ok", read: content !== null };
        } catch (e) {
          return { method: ir.method, code: (e as TopClientError).code ?? -1, read: false };
        }
      }),
      8,
    );
    const accepted = outcomes.filter((o) => o.code === "ok");
    const refused = outcomes.filter((o) => o.code !== "ok").map(({ method, code }) => ({ method, code }));
    console.log(
      `topclient: ${accepted.length} of ${callable.length} callable APIs accepted (${irs.length - callable.length} need a file); ` +
        `${refused.length} refused`,
    );
    expect(refused).toEqual(EXPECTED_REFUSALS.map(({ method, code }) => ({ method, code })));
    expect(accepted.filter((o) => !o.read).map((o) => o.method)).toEqual([]);
  }, 300_000);
});
