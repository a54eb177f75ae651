import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { RedactedRequest, ResponseInfo } from "../../src/client/index.js";
import { SECRET, useServer } from "./support/clients.js";
import { freePort } from "./support/free-port.js";
import { errorJson, TRADE_BODIES, TradeGetRequest } from "./support/trade-api.js";

const SESSION = "6100e23657fb0b2d0c78568e55a3031134be9a3a";

/** Everything an object shows when logged or serialised, own and inherited error fields included. */
const shown = (value: unknown): string =>
  [
    inspect(value, { depth: 8, showHidden: true }),
    String(value),
    JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? String(v) : v)) ?? "",
  ].join("\n");

describe("the app secret never shows; the session only by its first 4 characters", () => {
  const top = useServer();
  afterEach(() => vi.restoreAllMocks());

  test("hook payloads: session and sign masked, secret absent", async () => {
    const requests: RedactedRequest[] = [];
    const responses: ResponseInfo[] = [];
    top.answer(() => ({ body: TRADE_BODIES.json }));
    const client = top.client({ hooks: { onRequest: (r) => requests.push(r), onResponse: (r) => responses.push(r) } });
    await client.execute(new TradeGetRequest({ tid: 5, fields: "tid" }), SESSION);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      apiMethod: "taobao.trade.get",
      url: `${new URL(top.url).host}/router/rest`,
      attempt: 0,
      files: {},
    });
    expect(requests[0]?.params).toMatchObject({
      session: "6100…",
      tid: "5",
      fields: "tid",
      method: "taobao.trade.get",
    });
    expect(requests[0]?.params.sign).toMatch(/^[0-9A-F]{4}…$/);
    expect(responses[0]).toMatchObject({ status: 200, body: TRADE_BODIES.json, request: requests[0] });
    expect(responses[0]?.durationMs).toBeGreaterThanOrEqual(0);
    for (const payload of [...requests, ...responses]) {
      expect(shown(payload)).not.toContain(SECRET);
      expect(shown(payload)).not.toContain(SESSION);
    }
  });

  test("regression: a secret inside a business value showed in hooks (so in --dry-run and --verbose)", async () => {
    const requests: RedactedRequest[] = [];
    const client = top.client({ hooks: { onRequest: (r) => requests.push(r) } });
    await client.call("x.y", { note: `pasted ${SECRET} by mistake`, [`f`]: SECRET }, SESSION);
    expect(requests[0]?.params).toMatchObject({ note: "pasted <secret> by mistake", f: "<secret>" });
    expect(shown(requests)).not.toContain(SECRET);
    // What was sent is unchanged: the masking is for what is shown only.
    expect(top.received[0]?.form).toEqual({ note: `pasted ${SECRET} by mistake`, f: SECRET });
  });

  test("the client object itself, logged or serialised", () => {
    const client = top.client();
    expect(shown(client)).not.toContain(SECRET);
    expect(shown(client)).toContain("12345678");
  });

  test("every error class: messages, causes and fields", async () => {
    const errors: unknown[] = [];
    const collect = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => errors.push(e),
      );
    const client = (o = {}) => top.client({ throwOnApiError: true, timeoutMs: 300, ...o });
    top.answer(() => ({ body: errorJson(25, "isv.invalid-signature", "Invalid signature") }));
    await collect(client().call("x.y", {}, SESSION));
    top.answer(() => ({ status: 500, body: "oops" }));
    await collect(client().call("x.y", {}, SESSION));
    top.answer(() => ({ body: "not json" }));
    await collect(client().call("x.y", {}, SESSION));
    top.answer(() => ({ hang: true }));
    await collect(client().call("x.y", {}, SESSION));
    await collect(client().call("x.y", {}, SESSION, { signal: AbortSignal.abort() }));
    await collect(client({}).execute(new TradeGetRequest(), SESSION));
    const port = await freePort();
    await collect(top.client({}, { url: `http://127.0.0.1:${port}/` }).call("x.y", {}, SESSION));
    expect(errors.map((e) => (e as Error).name)).toEqual([
      "TopApiError",
      "TopHttpError",
      "TopParseError",
      "TopTimeoutError",
      "TopAbortError",
      "ApiRuleError",
      "TopConnectionError",
    ]);
    for (const error of errors) {
      expect(shown(error)).not.toContain(SECRET);
      expect(shown(error)).not.toContain(SESSION);
    }
  });

  test("nothing is written to the console", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m));
    top.answer(() => ({ body: TRADE_BODIES.json }));
    await top.client().execute(new TradeGetRequest({ tid: 5, fields: "tid" }), SESSION);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  test("a bad option or URL says what is wrong without echoing the secret", () => {
    for (const make of [() => top.client({ timeoutMs: -1 }), () => top.client({}, { url: "ftp://x" })]) {
      expect(make).toThrowError(TypeError);
      try {
        make();
      } catch (e) {
        expect(shown(e)).not.toContain(SECRET);
      }
    }
  });
});
