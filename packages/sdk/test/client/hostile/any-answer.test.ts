import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { DefaultTaobaoClient } from "../../../src/client/index.js";
import { TopError } from "../../../src/errors/index.js";
import { TRADE_BODIES, TradeGetRequest, TradeGetResponse } from "../support/trade-api.js";

/** What the server sends next: any bytes, under any content-encoding and status. */
interface Planned {
  bytes: Uint8Array;
  coding: "" | "gzip" | "deflate" | "gzip-of-bytes";
  status: number;
}

let next: Planned = { bytes: new Uint8Array(), coding: "", status: 200 };
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const { bytes, coding, status } = next;
    const headers: Record<string, string> = { "content-type": "text/javascript;charset=UTF-8" };
    if (coding !== "") headers["content-encoding"] = coding === "gzip-of-bytes" ? "gzip" : coding;
    res.writeHead(status, headers).end(coding === "gzip-of-bytes" ? gzipSync(bytes) : bytes);
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/router/rest`;
const clients = [
  new DefaultTaobaoClient(url, "12345678", "secret", { retries: 0, timeoutMs: 5000 }),
  new DefaultTaobaoClient(url, "12345678", "secret", { retries: 0, simplify: true }),
  new DefaultTaobaoClient(url, "12345678", "secret", { retries: 0, format: "xml", maxResponseBytes: 4096 }),
];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await new Promise((resolve) => server.close(resolve));
});

const utf8 = (s: string) => new TextEncoder().encode(s);
const bodies = Object.values(TRADE_BODIES);

/** Bytes that reach every stage: random bytes, valid answers cut or with a byte changed, and envelopes around any JSON. */
const answerBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc
    .tuple(fc.constantFrom(...bodies), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean())
    .map(([body, at, byte, cut]) => {
      const bytes = utf8(body);
      const i = at % bytes.length;
      if (cut) return bytes.subarray(0, i);
      bytes[i] = byte;
      return bytes;
    }),
  fc
    .tuple(fc.constantFrom("trade_get_response", "error_response", "other_response"), fc.jsonValue({ maxDepth: 4 }))
    .map(([key, value]) => utf8(JSON.stringify({ [key]: value }))),
  fc
    .record({ trade: fc.jsonValue({ maxDepth: 3 }), tids: fc.jsonValue({ maxDepth: 2 }), request_id: fc.string() })
    .map((content) => utf8(JSON.stringify({ trade_get_response: content }))),
);

describe("property: any byte string as an answer", () => {
  test("gives a typed response or a TopError, never another exception", async () => {
    await fc.assert(
      fc.asyncProperty(
        answerBytes,
        fc.constantFrom<Planned["coding"]>("", "", "gzip", "deflate", "gzip-of-bytes"),
        fc.constantFrom(200, 200, 200, 500),
        fc.nat({ max: clients.length - 1 }),
        async (bytes, coding, status, which) => {
          next = { bytes, coding, status };
          const client = clients[which]!;
          try {
            const rsp = await client.execute(new TradeGetRequest({ tid: 1, fields: "tid" }));
            return rsp instanceof TradeGetResponse;
          } catch (error) {
            if (error instanceof TopError) return true;
            throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

test("property inputs reach a success, a TopParseError and a TopResponseValueError (the generators are not all noise)", async () => {
  // A fixed sample of the same generator: without successes among them, the property above would prove little.
  const seen = new Set<string>();
  for (const bytes of fc.sample(answerBytes, { numRuns: 150, seed: 42 })) {
    next = { bytes, coding: "", status: 200 };
    try {
      await clients[0]!.execute(new TradeGetRequest({ tid: 1, fields: "tid" }));
      seen.add("success");
    } catch (error) {
      seen.add((error as Error).name);
    }
  }
  expect([...seen].sort()).toEqual(expect.arrayContaining(["TopParseError", "TopResponseValueError", "success"]));
});
