import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, test } from "vitest";
import { Deadline } from "../../../src/client/deadline.js";
import { DefaultTaobaoClient } from "../../../src/client/index.js";
import { readReply } from "../../../src/client/read-reply.js";
import { TopError, TopParseError, TopResponseTooLargeError, TopTimeoutError } from "../../../src/errors/index.js";
import { TradeGetRequest } from "../support/trade-api.js";
import { gzipBomb, startHostileServer, tradesBody, writePieces } from "./hostile-server.js";

const PROBE = fileURLToPath(new URL("./probe.mjs", import.meta.url));
const DIST = fileURLToPath(new URL("../../../dist/index.mjs", import.meta.url));
const run = promisify(execFile);

interface ProbeResult {
  result: string;
  message?: string;
  ms: number;
  peakRssMb: number;
}

/** One call in a child process (the built client), for its peak RSS: the test process's own heap would blur it. */
async function probe(url: string, method: string, options: object = {}): Promise<ProbeResult> {
  const { stdout } = await run(process.execPath, [PROBE, url, method, JSON.stringify(options)], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as ProbeResult;
}

const json =
  (text: string, type = "text/javascript;charset=UTF-8") =>
  (res: import("node:http").ServerResponse) =>
    res.writeHead(200, { "content-type": type }).end(text);

const HTML = `<!DOCTYPE html><html><head><title>登录</title></head><body><form action="/login"><input name="u"/></form></body></html>`;
const XHTML = `<html><head><title>Sign in</title></head><body><p>Please sign in</p></body></html>`;
const big = Buffer.alloc(1 << 20, 0x20);

const server = await startHostileServer({
  "taobao.trade.get.html": json(HTML, "text/html; charset=utf-8"),
  "taobao.trade.get.xhtml": json(XHTML, "text/html"),
  "taobao.trade.get.empty-object": json("{}"),
  "taobao.trade.get.foreign": json('{"item_get_response":{"item":{"num_iid":1},"request_id":"r"}}'),
  "taobao.trade.get.empty": json(""),
  "taobao.trade.get.null": json("null"),
  // "中文" in GBK inside an otherwise valid envelope: not UTF-8.
  "taobao.trade.get.gbk": (res) =>
    res
      .writeHead(200)
      .end(
        Buffer.concat([
          Buffer.from('{"trade_get_gbk_response":{"trade":{"title":"'),
          Buffer.from([0xd6, 0xd0, 0xce, 0xc4]),
          Buffer.from('"},"request_id":"r"}}'),
        ]),
      ),
  "taobao.trade.get.truncated-gzip": (res) => {
    const body = gzipSync(Buffer.from('{"trade_get_response":{"request_id":"r"}}'));
    res.writeHead(200, { "content-encoding": "gzip" }).end(body.subarray(0, body.length - 9));
  },
  "taobao.trade.get.bomb": (res) => res.writeHead(200, { "content-encoding": "gzip" }).end(bomb),
  "taobao.trade.get.announced": (res) => {
    res.writeHead(200, { "content-length": String(200e6) }).write("{");
    res.on("error", () => {});
  },
  // 600 MB without content-length: the same 1 MiB piece over and over (the client must stop at its limit).
  "taobao.trade.get.endless": (res) =>
    writePieces(
      res,
      Array.from({ length: 600 }, () => big),
    ),
  "taobao.trades.sold.get": (res) => writePieces(res, tradesBody(1 / 1000)),
  "taobao.trades.sold.get.1mb": (res) => writePieces(res, tradesBody(1, "taobao.trades.sold.get.1mb")),
  "taobao.trades.sold.get.8mb": (res) => writePieces(res, tradesBody(8, "taobao.trades.sold.get.8mb")),
  "taobao.trades.sold.get.64mb": (res) => writePieces(res, tradesBody(64, "taobao.trades.sold.get.64mb")),
  "taobao.trades.sold.get.16mb": (res) => writePieces(res, body16mb),
  "taobao.trades.sold.get.2kb": (res) => writePieces(res, tradesBody(2 / 1000, "taobao.trades.sold.get.2kb")),
  "taobao.trade.get.slow": (res) =>
    setTimeout(() => json('{"trade_get_slow_response":{"request_id":"r"}}')(res), 150).unref(),
});
const bomb = gzipBomb(1024);
const body16mb = tradesBody(16, "taobao.trades.sold.get.16mb");
const clients: DefaultTaobaoClient[] = [];
const client = (options = {}) => {
  const c = new DefaultTaobaoClient(server.url, "12345678", "secret", { retries: 0, ...options });
  clients.push(c);
  return c;
};
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
});

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable("should reject"),
    (e: unknown) => e as Error,
  );

/** TradeGetRequest, sent under another method name so the server can pick the misbehaviour. */
class Named extends TradeGetRequest {
  constructor(readonly method: string) {
    super({ tid: 1, fields: "tid" });
  }
  override getApiMethodName(): string {
    return this.method;
  }
}

describe("regression: false success — a 200 that is not the API's answer is a TopParseError", () => {
  test.each([
    ["an HTML login page", "html", /content-type text\/html; charset=utf-8\): <!DOCTYPE html><html><head><title>登录/],
    [
      "a well-formed XHTML page (parses as XML)",
      "xhtml",
      /expected only "trade_get_xhtml_response", got keys "html"; content-type text\/html\)/,
    ],
    ["{}", "empty-object", /got an empty object/],
    ["another API's envelope", "foreign", /got keys "item_get_response"/],
    ["an empty body", "empty", /not JSON or XML: invalid JSON at offset 0: unexpected end of JSON/],
    ["null", "null", /not a JSON object or an XML element/],
  ])("%s, through execute() and call()", async (_, name, message) => {
    const method = `taobao.trade.get.${name}`;
    for (const call of [() => client().execute(new Named(method)), () => client().call(method)]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(TopParseError);
      expect(error.message).toMatch(
        /^the HTTP 200 answer from 127\.0\.0\.1:\d+\/router\/rest is not a TOP response \(/,
      );
      expect(error.message).toMatch(message);
    }
  });
});

test("bytes that are not UTF-8 in a 200 answer are a TopParseError, not values holding U+FFFD", async () => {
  const error = await rejection(client().call("taobao.trade.get.gbk"));
  expect(error).toBeInstanceOf(TopParseError);
  expect(error.message).toMatch(
    /^the answer from 127\.0\.0\.1:\d+\/router\/rest is not UTF-8 text \(TOP answers in UTF-8/,
  );
});

describe("regression: gzip bomb, no size limit — bounded while receiving and while inflating", () => {
  test("a truncated gzip body is a TopParseError", async () => {
    const error = await rejection(client().call("taobao.trade.get.truncated-gzip"));
    expect(error).toBeInstanceOf(TopParseError);
    expect(error.message).toMatch(/the gzip body from .* does not decompress \(unexpected end of file\)/);
  });

  test("content-length over maxResponseBytes fails at the headers, before the body", async () => {
    const started = performance.now();
    const error = await rejection(client({ timeoutMs: 5000 }).call("taobao.trade.get.announced"));
    expect(error).toBeInstanceOf(TopResponseTooLargeError);
    expect(error).toMatchObject({ stage: "content-length", limit: 64 * 1024 * 1024 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("maxResponseBytes is an option; the received bytes are counted without content-length", async () => {
    const error = await rejection(client({ maxResponseBytes: 1000 }).call("taobao.trades.sold.get.2kb"));
    expect(error).toMatchObject({ name: "TopResponseTooLargeError", stage: "received", limit: 1000 });
    expect(error.message).toMatch(
      /sent more than 1000 bytes \(maxResponseBytes\); raise the client's maxResponseBytes/,
    );
    await expect(client({ maxResponseBytes: 3000 }).call("taobao.trades.sold.get.2kb")).resolves.toBeDefined();
    for (const bad of [0, -1, 1.5, 2 ** 40, Number.NaN]) {
      expect(() => client({ maxResponseBytes: bad })).toThrowError(/maxResponseBytes must be a whole number of bytes/);
    }
  });

  const built = existsSync(DIST);
  test.skipIf(!built)(
    "a 1 GiB gzip bomb: TopResponseTooLargeError within the deadline, peak RSS ≤ 300 MB (child process)",
    async () => {
      const got = await probe(server.url, "taobao.trade.get.bomb", { timeoutMs: 3000 });
      expect(got).toMatchObject({ result: "TopResponseTooLargeError" });
      expect(got.message).toMatch(/inflates to more than 67108864 bytes/);
      expect(got.ms).toBeLessThan(3000);
      expect(got.peakRssMb).toBeLessThan(300);
    },
  );

  test.skipIf(!built)(
    "600 MB without content-length: TopResponseTooLargeError, peak RSS ≤ 300 MB (child process)",
    async () => {
      const got = await probe(server.url, "taobao.trade.get.endless", { timeoutMs: 10_000 });
      expect(got).toMatchObject({ result: "TopResponseTooLargeError" });
      expect(got.message).toMatch(/sent more than 67108864 bytes/);
      expect(got.peakRssMb).toBeLessThan(300);
    },
  );

  test.each([
    ["1 KB", "taobao.trades.sold.get", 8],
    ["1 MB", "taobao.trades.sold.get.1mb", 8_000],
  ])("a %s answer is read whole, 64-bit ids exact", async (_, method, trades) => {
    const body = await client().call(method);
    const list = (Object.values(body)[0] as { trades: { trade: { tid: bigint }[] } }).trades.trade;
    expect(list.length).toBeGreaterThanOrEqual(trades);
    expect(list[1]!.tid).toBe(2940328723781049653n);
  });

  // Larger bodies in a child process, for their peak RSS; the figures are printed for the README.
  test.skipIf(!built).each([
    ["8 MB", "taobao.trades.sold.get.8mb", 400],
    ["64 MB", "taobao.trades.sold.get.64mb", 1500],
  ])(
    "a %s answer is read (child process, peak RSS bounded)",
    async (size, method, rssMb) => {
      const got = await probe(server.url, method, { timeoutMs: 60_000 });
      console.log(`hostile: ${size} answer read in ${got.ms.toFixed(0)} ms, peak RSS ${got.peakRssMb.toFixed(0)} MB`);
      expect(got).toMatchObject({ result: "ok" });
      expect(got.peakRssMb).toBeLessThan(rssMb);
    },
    90_000,
  );
});

describe("regression: quadratic JSON parsing — the deadline covers parsing", () => {
  test("readReply stops parsing at the deadline: a checkpoint inside the parse, not after it", async () => {
    const body = Buffer.concat(body16mb).toString("utf8");
    const http = { status: 200, contentType: "text/javascript", body };
    const x = { apiMethod: "taobao.trades.sold.get.16mb", simplify: false };
    const whole = performance.now();
    await readReply(http, { ...x, deadline: new Deadline(0, "here") });
    const parseMs = performance.now() - whole;
    const started = performance.now();
    const error = await rejection(readReply(http, { ...x, deadline: new Deadline(10, "here") }));
    expect(error).toBeInstanceOf(TopTimeoutError);
    expect(performance.now() - started).toBeLessThan(Math.max(10 + 100, parseMs / 2));
  });

  test("a 16 MB answer under timeoutMs 150 rejects with TopTimeoutError close to the deadline", async () => {
    const started = performance.now();
    const error = await rejection(client({ timeoutMs: 150 }).call("taobao.trades.sold.get.16mb"));
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(TopTimeoutError);
    expect(error.message).toMatch(/no complete answer from .* within 150 ms/);
    // One checkpoint interval (4,096 values) and the event loop's own delay past the deadline, not the whole parse.
    expect(elapsed).toBeLessThan(150 + 400);
  });
});

describe("timeouts: 0 is none, as Java; past what a Node timer holds is refused", () => {
  test("regression: timeoutMs 0 always failed — it means no timeout", async () => {
    const rsp = await client({ timeoutMs: 0 }).execute(new Named("taobao.trade.get.slow"));
    expect(rsp.isSuccess()).toBe(true);
    const both = await client({ timeoutMs: { connect: 0, total: 0 } }).call("taobao.trade.get.slow");
    expect(both).toEqual({ trade_get_slow_response: { request_id: "r" } });
  });

  test("regression: a timeout over 2^31-1 ms failed after 1 ms — it is refused at construction", () => {
    for (const timeoutMs of [2 ** 31, { total: 2 ** 31 }, { connect: 1e12 }]) {
      expect(() => client({ timeoutMs })).toThrowError(
        /is \d+ ms, more than a Node timer holds \(2147483647 ms, about 24\.8 days\); use 0 for no timeout/,
      );
    }
    expect(() => client({ timeoutMs: 2 ** 31 - 1 })).not.toThrow();
  });
});

test("every failure above is a TopError", () => {
  for (const E of [TopParseError, TopResponseTooLargeError, TopTimeoutError])
    expect(E.prototype).toBeInstanceOf(TopError);
});
