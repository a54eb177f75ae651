import { afterEach, describe, expect, test, vi } from "vitest";
import { DefaultTaobaoClient } from "../../src/client/index.js";
import { ApiRuleError } from "../../src/errors/index.js";
import { FileItem } from "../../src/runtime/index.js";
import { APP_KEY, SECRET, useServer } from "./support/clients.js";
import { independentSign } from "./support/independent-sign.js";
import { TRADE_BODIES, TradeGetRequest } from "./support/trade-api.js";

const SESSION = "6100a1b2c3d4e5f6-session";

describe("prepare: a request built and signed as a send would make it, and not sent", () => {
  const top = useServer();
  afterEach(() => vi.useRealTimers());

  test("opens no connection and calls no hook (the server fails the test if hit)", async () => {
    top.answer(() => {
      throw new Error("prepare() reached the server");
    });
    const onRequest = vi.fn();
    const client = top.client({ hooks: { onRequest } });
    const typed = client.prepare(new TradeGetRequest({ tid: 7, fields: "tid" }), SESSION);
    const untyped = client.prepareCall("x.y.z", { a: 1 }, SESSION);
    // Give any stray request time to arrive before looking.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(top.received).toEqual([]);
    expect(onRequest).not.toHaveBeenCalled();
    expect(typed.query.method).toBe("taobao.trade.get");
    expect(untyped.body).toEqual({ a: "1" });
  });

  test("the signature equals the one a real send of the same request carries", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-06T01:02:03Z") });
    top.answer(() => ({ body: TRADE_BODIES.json }));
    const client = top.client();
    const request = new TradeGetRequest({ tid: 7, fields: ["a b", "中文"] });
    const prepared = client.prepare(request, SESSION);
    await client.execute(request, SESSION);
    const sent = top.received[0]!;
    expect(prepared.query).toEqual(sent.query);
    expect(prepared.body).toEqual(sent.form);
    expect(prepared.query.sign).toBe(independentSign({ ...sent.form, ...sent.query }, SECRET, "hmac-sha256"));
    expect(prepared.url).toBe(top.url);
    expect(prepared.contentType).toBe(sent.headers["content-type"]);
  });

  test("a given time is used for the timestamp, so the signature is reproducible", () => {
    const client = top.client({ signMethod: "md5" });
    const at = new Date("2024-05-01T00:30:00Z");
    const a = client.prepareCall("x.y.z", { q: "中文" }, undefined, { now: at });
    const b = client.prepareCall("x.y.z", { q: "中文" }, undefined, { now: at.getTime() });
    expect(a.query.timestamp).toBe("2024-05-01 08:30:00");
    expect(a.query.sign).toBe(b.query.sign);
    expect(a.query.sign).toBe(independentSign({ ...a.query, ...a.body }, SECRET, "md5"));
    expect(() => client.prepareCall("x.y.z", {}, undefined, { now: Number.NaN })).toThrow(/options\.now/);
  });

  test("checks the request first, as execute does", () => {
    const client = top.client();
    expect(() => client.prepare(new TradeGetRequest({ tid: 7 }))).toThrow(ApiRuleError);
  });

  test("files go as multipart and are left out of the signature", () => {
    const image = FileItem.fromBytes(new TextEncoder().encode("PNG"), "a.png", "image/png");
    const p = top.client().prepare(new TradeGetRequest({ tid: 7, fields: "tid", image }));
    expect(p.contentType).toBe("multipart/form-data");
    expect(p.files).toEqual({ image });
    expect(p.query.sign).toBe(independentSign({ ...p.query, ...p.body }, SECRET, "hmac-sha256"));
  });

  test("holds no app secret; redact() cuts session and sign, masks the secret in values, drops URL credentials", () => {
    const client = new DefaultTaobaoClient("https://user:pw@gw.example/router/rest", APP_KEY, SECRET);
    const p = client.prepareCall("x.y.z", { a: "b", oops: `pasted ${SECRET} here` }, SESSION);
    expect(JSON.stringify({ ...p, body: {} })).not.toContain(SECRET);
    expect(p.query.session).toBe(SESSION);
    const shown = client.redact(p);
    expect(shown.body).toEqual({ a: "b", oops: "pasted <secret> here" });
    expect(JSON.stringify(shown)).not.toContain(SECRET);
    expect(shown.query.session).toBe("6100…");
    expect(shown.query.sign).toBe(`${p.query.sign!.slice(0, 4)}…`);
    expect(shown.url).toBe("https://gw.example/router/rest");
    expect(JSON.stringify(shown)).not.toContain(SESSION);
    return client.close();
  });
});
