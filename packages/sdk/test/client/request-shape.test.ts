import { describe, expect, test } from "vitest";
import { DefaultTaobaoClient } from "../../src/client/index.js";
import { FileItem } from "../../src/runtime/index.js";
import { APP_KEY, answerOk, SECRET, useServer } from "./support/clients.js";
import { signatureHolds } from "./support/independent-sign.js";
import { TRADE_BODIES, TradeGetRequest } from "./support/trade-api.js";

describe("what goes on the wire", () => {
  const top = useServer();

  test("defaults: POST, system params in the query, business params form-urlencoded UTF-8, hmac-sha256", async () => {
    top.answer(() => ({ body: TRADE_BODIES.json }));
    await top.client().execute(new TradeGetRequest({ tid: 7, fields: ["a b", "中文"] }));
    const got = top.received[0]!;
    expect(got.method).toBe("POST");
    expect(got.path).toBe("/router/rest");
    expect(Object.keys(got.query).sort()).toEqual([
      "app_key",
      "format",
      "method",
      "sign",
      "sign_method",
      "timestamp",
      "v",
    ]);
    expect(got.query).toMatchObject({
      app_key: APP_KEY,
      format: "json",
      method: "taobao.trade.get",
      sign_method: "hmac-sha256",
      v: "2.0",
    });
    expect(got.query.timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded;charset=UTF-8");
    expect(got.raw.toString()).toBe("tid=7&fields=a+b%2C%E4%B8%AD%E6%96%87");
    expect(got.headers["user-agent"]).toMatch(/^topkit-sdk/);
    expect(signatureHolds(got, SECRET)).toBe(true);
  });

  test("optional system params: session, partner_id, target_app_key, simplify", async () => {
    await top
      .client({ partnerId: "partner-1", targetAppKey: "999", simplify: true, userAgent: "my-app/1.0" })
      .call("x.y", {}, "sess-1");
    const got = top.received[0]!;
    expect(got.query).toMatchObject({
      session: "sess-1",
      partner_id: "partner-1",
      target_app_key: "999",
      simplify: "true",
    });
    expect(got.headers["user-agent"]).toBe("my-app/1.0");
    expect(signatureHolds(got, SECRET)).toBe(true);
  });

  test("files: multipart only then, text params as fields, files never signed", async () => {
    top.answer(() => ({ body: TRADE_BODIES.json }));
    const image = FileItem.fromBytes(new TextEncoder().encode("PNG-bytes"), "a.png", "image/png");
    await top.client().execute(new TradeGetRequest({ tid: 7, fields: "tid", image }));
    const got = top.received[0]!;
    expect(got.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(got.form).toEqual({ tid: "7", fields: "tid" });
    expect(got.files).toEqual({ image: { name: "a.png", type: "image/png", text: "PNG-bytes" } });
    expect(signatureHolds(got, SECRET)).toBe(true);
  });

  test("files from a stream and from a Blob, through call()", async () => {
    async function* chunks() {
      yield new TextEncoder().encode("part1-");
      yield new TextEncoder().encode("part2");
    }
    await top.client().call("x.upload", {
      a: FileItem.fromStream(chunks(), "s.txt", "text/plain"),
      b: FileItem.fromBlob(new Blob(["blob"], { type: "text/csv" }), "b.csv"),
    });
    expect(top.received[0]?.files).toEqual({
      a: { name: "s.txt", type: "text/plain", text: "part1-part2" },
      b: { name: "b.csv", type: "text/csv", text: "blob" },
    });
  });

  test("an unreadable file param is refused before sending", async () => {
    const call = top.client().call("x.upload", { a: FileItem.fromPath("/no/such/file.png") });
    await expect(call).rejects.toThrowError(/file param "a" \(file.png\) could not be read: .*ENOENT/);
    expect(top.received).toHaveLength(0);
  });

  test("a business param named like a system param is refused", async () => {
    await expect(top.client().call("x.y", { format: "xml" })).rejects.toThrowError(
      'request param "format" has the name of a TOP system param and cannot be sent',
    );
  });
});

describe("construction", () => {
  test("named endpoints", () => {
    expect(DefaultTaobaoClient.env).toEqual({
      production: "https://eco.taobao.com/router/rest",
      overseas: "https://api.taobao.com/router/rest",
      sandbox: "https://gw.api.tbsandbox.com/router/rest",
    });
  });

  test.each([
    [["not a url", "k", "s"], 'serverUrl "not a url" is not a URL'],
    [["ftp://x/", "k", "s"], 'serverUrl must be http(s), got "ftp:"'],
    [[DefaultTaobaoClient.env.sandbox, "", "s"], "appKey is empty"],
    [[DefaultTaobaoClient.env.sandbox, "k", ""], "appSecret is empty"],
  ])("%j is refused: %s", (args, message) => {
    const [url, key, secret] = args as [string, string, string];
    expect(() => new DefaultTaobaoClient(url, key, secret)).toThrowError(message);
  });

  test.each([
    [{ format: "yaml" }, 'format must be "json" or "xml", got "yaml"'],
    [{ signMethod: "sha1" }, 'unknown sign method "sha1"'],
    [{ timeoutMs: { connect: Number.NaN } }, "timeoutMs.connect must be a non-negative number of milliseconds"],
    [{ retries: 1.5 }, "retries must be a whole number, 0 or more, got 1.5"],
    [{ retries: { count: 1, maxBanWaitMs: -5 } }, "retries.maxBanWaitMs must be a non-negative number"],
  ])("option %j is refused: %s", (options, message) => {
    expect(() => new DefaultTaobaoClient(DefaultTaobaoClient.env.sandbox, "k", "s", options as never)).toThrowError(
      message,
    );
  });
});

describe("regression: a stream file was read empty when a retry rebuilt the body", () => {
  const top = useServer();

  test("a retried upload sends the whole stream again", async () => {
    top.answer((r, i) => (i === 0 ? { body: '{"error_response":{"code":10,"msg":"busy"}}' } : answerOk(r, i)));
    async function* chunks() {
      yield new TextEncoder().encode("only-");
      yield new TextEncoder().encode("once");
    }
    const retries = { count: 1, baseDelayMs: 1, maxDelayMs: 1 };
    await top.client({ retries }).call("x.upload", { a: FileItem.fromStream(chunks(), "s.txt", "text/plain") });
    expect(top.received.map((r) => r.files.a?.text)).toEqual(["only-once", "only-once"]);
  });
});

describe("regression: a FileItem made from a stream was sent empty by a second call", () => {
  const top = useServer();

  test("the stream is read once and its bytes are sent again by a later call", async () => {
    top.answer(answerOk);
    async function* chunks() {
      yield new TextEncoder().encode("read-");
      yield new TextEncoder().encode("once");
    }
    const file = FileItem.fromStream(chunks(), "s.txt", "text/plain");
    const client = top.client({ retries: 0 });
    await client.call("x.upload", { a: file });
    await client.call("x.upload", { a: file });
    expect(top.received.map((r) => r.files.a?.text)).toEqual(["read-once", "read-once"]);
  });
});

describe("regression: a blank session was sent but not signed", () => {
  const top = useServer();

  test("a blank session or partner id is left out, and the signature holds", async () => {
    await top.client({ partnerId: " " }).call("x.y", { a: "1" }, "   ");
    const got = top.received[0]!;
    expect(got.query.session).toBeUndefined();
    expect(got.query.partner_id).toBeUndefined();
    expect(signatureHolds(got, SECRET)).toBe(true);
  });
});
