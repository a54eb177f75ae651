import { createServer } from "node:net";
import { describe, expect, test } from "vitest";
import {
  TopAbortError,
  TopApiError,
  TopConnectionError,
  TopError,
  TopHttpError,
  TopParseError,
  TopTimeoutError,
} from "../../src/errors/index.js";
import { useServer } from "./support/clients.js";
import { freePort } from "./support/free-port.js";
import { errorJson, TradeGetRequest, TradeGetResponse } from "./support/trade-api.js";

const request = () => new TradeGetRequest({ tid: 1, fields: "tid" });
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable("should reject"),
    (e: unknown) => e,
  );

describe("error_response", () => {
  const top = useServer();
  const body = errorJson(15, "isv.invalid-parameter", "非法参数");

  test("like Java: a response whose isSuccess() is false, with the error fields and the raw body", async () => {
    top.answer(() => ({ body }));
    const rsp = await top.client().execute(request());
    expect(rsp).toBeInstanceOf(TradeGetResponse);
    expect(rsp.isSuccess()).toBe(false);
    expect(rsp).toMatchObject({
      errorCode: "15",
      msg: "Remote service error",
      subCode: "isv.invalid-parameter",
      subMsg: "非法参数",
      requestId: "e1",
    });
    expect(rsp.getBody()).toBe(body);
    expect(rsp.trade).toBeUndefined();
  });

  test("as XML too", async () => {
    top.answer(() => ({
      body: "<error_response><code>27</code><msg>Invalid session</msg><sub_code>invalid-sessionkey</sub_code></error_response><!--top011-->",
    }));
    const rsp = await top.client({ format: "xml" }).execute(request());
    expect(rsp).toMatchObject({ errorCode: "27", msg: "Invalid session", subCode: "invalid-sessionkey" });
  });

  test("throwOnApiError: rejects with TopApiError carrying the same fields", async () => {
    top.answer(() => ({ body }));
    const error = await rejection(top.client({ throwOnApiError: true }).execute(request()));
    expect(error).toBeInstanceOf(TopApiError);
    expect(error).toBeInstanceOf(TopError);
    expect(error).toMatchObject({ code: "15", subCode: "isv.invalid-parameter", subMsg: "非法参数", requestId: "e1" });
    expect((error as Error).message).toBe("TOP error 15: Remote service error [isv.invalid-parameter: 非法参数]");
  });

  test("call() returns the error body, or throws with throwOnApiError", async () => {
    top.answer(() => ({ body }));
    expect(await top.client().call("x.y")).toMatchObject({ error_response: { code: 15 } });
    expect(await rejection(top.client({ throwOnApiError: true }).call("x.y"))).toBeInstanceOf(TopApiError);
  });
});

describe("transport failures", () => {
  const top = useServer();

  test("TopHttpError: a non-2xx status with an excerpt of the body", async () => {
    top.answer(() => ({
      status: 502,
      body: "<html><body>Bad   Gateway\n from the proxy</body></html>",
      contentType: "text/html",
    }));
    const error = await rejection(top.client().execute(request()));
    expect(error).toBeInstanceOf(TopHttpError);
    expect(error).toMatchObject({ status: 502, bodyExcerpt: "<html><body>Bad Gateway from the proxy</body></html>" });
  });

  test("TopParseError: a 200 that is neither JSON nor XML, or holds no object", async () => {
    top.answer(() => ({ body: "Service temporarily unavailable" }));
    const error = await rejection(top.client().execute(request()));
    expect(error).toBeInstanceOf(TopParseError);
    expect((error as Error).message).toMatch(
      /is not a TOP response \(not JSON or XML: invalid JSON at offset 0: unexpected character; content-type text\/javascript/,
    );
    expect(error).toMatchObject({ bodyExcerpt: "Service temporarily unavailable" });
    top.answer(() => ({ body: "[1,2]" }));
    expect(await rejection(top.client().call("x.y"))).toBeInstanceOf(TopParseError);
  });

  test("TopParseError: a gzip header over a body that is not gzip", async () => {
    top.answer(() => ({ body: '{"x_y_response":{}}', falseGzip: true }));
    const error = await rejection(top.client().call("x.y"));
    expect(error).toBeInstanceOf(TopParseError);
    expect((error as Error).message).toMatch(
      /^the gzip body from 127\.0\.0\.1:\d+\/router\/rest does not decompress \(incorrect header check\): \{"x_/,
    );
  });

  test("TopConnectionError: refused, with the cause kept", async () => {
    const port = await freePort();
    const error = await rejection(top.client({}, { url: `http://127.0.0.1:${port}/router/rest` }).call("x.y"));
    expect(error).toBeInstanceOf(TopConnectionError);
    expect((error as Error).message).toBe(`connection to 127.0.0.1:${port}/router/rest failed: ECONNREFUSED`);
    expect((error as Error).cause).toMatchObject({ code: "ECONNREFUSED" });
  });

  test("TopConnectionError: the server drops the connection after reading the request", async () => {
    top.answer(() => ({ destroy: true }));
    expect(await rejection(top.client().call("x.y"))).toBeInstanceOf(TopConnectionError);
  });

  test("TopTimeoutError: no answer within the total timeout", async () => {
    top.answer(() => ({ hang: true }));
    const started = Date.now();
    const error = await rejection(top.client({ timeoutMs: 300 }).call("x.y"));
    expect(error).toBeInstanceOf(TopTimeoutError);
    expect((error as Error).message).toMatch(/within 300 ms/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test("TopTimeoutError: the total timeout also covers a body that stops half way", async () => {
    top.answer(() => ({ stall: true, body: '{"x_response":{"a":"0123456789"}}' }));
    const error = await rejection(top.client({ timeoutMs: 300 }).call("x.y"));
    expect(error).toBeInstanceOf(TopTimeoutError);
    expect((error as Error).message).toMatch(/within 300 ms/);
  });

  test("TopTimeoutError: the connection is never set up (TLS handshake never answered)", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    try {
      const client = top.client({ timeoutMs: { connect: 200, total: 10_000 } }, { url: `https://127.0.0.1:${port}/r` });
      const error = await rejection(client.call("x.y"));
      expect(error).toBeInstanceOf(TopTimeoutError);
      expect((error as Error).message).toBe(`could not connect to 127.0.0.1:${port}/r in time`);
    } finally {
      silent.close();
    }
  });

  test("TopAbortError: the caller's signal, before sending and while waiting", async () => {
    top.answer(() => ({ hang: true }));
    const client = top.client();
    const early = await rejection(client.call("x.y", {}, undefined, { signal: AbortSignal.abort("stop") }));
    expect(early).toBeInstanceOf(TopAbortError);
    expect((early as Error).cause).toBe("stop");
    expect(top.received).toHaveLength(0);
    const controller = new AbortController();
    const pending = client.call("x.y", {}, undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user gave up")), 100);
    const late = await rejection(pending);
    expect(late).toBeInstanceOf(TopAbortError);
    expect(((late as Error).cause as Error).message).toBe("user gave up");
  });
});
