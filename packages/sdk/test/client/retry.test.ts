import { describe, expect, test } from "vitest";
import { banSeconds, isSafeToResend, type RedactedRequest } from "../../src/client/index.js";
import { backoffMs } from "../../src/client/retry.js";
import { TopAbortError, TopConnectionError, TopHttpError, TopTimeoutError } from "../../src/errors/index.js";
import { useServer } from "./support/clients.js";
import { freePort } from "./support/free-port.js";
import type { Answer } from "./support/recording-server.js";
import { errorJson, TRADE_BODIES, TradeGetRequest } from "./support/trade-api.js";

const FAST = { count: 2, baseDelayMs: 5, maxDelayMs: 20, maxBanWaitMs: 1_500 };
const request = () => new TradeGetRequest({ tid: 1, fields: "tid" });
const ok: Answer = { body: TRADE_BODIES.json };
const apiError = (code: number, subCode?: string, subMsg?: string): Answer => ({
  body: errorJson(code, subCode, subMsg),
});

describe("what is retried", () => {
  const top = useServer();

  test("isp.* sub-codes, until an answer succeeds; each attempt freshly signed", async () => {
    top.answer((_r, i) => (i < 2 ? apiError(15, "isp.remote-service-timeout") : ok));
    const rsp = await top.client({ retries: FAST }).execute(request());
    expect(rsp.isSuccess()).toBe(true);
    expect(top.received).toHaveLength(3);
    expect(top.received.every((r) => r.query.sign)).toBe(true);
  });

  test("code 10 (service unavailable), bounded by the retry count: the last answer is returned", async () => {
    top.answer(() => apiError(10, undefined, "service unavailable"));
    const rsp = await top.client({ retries: FAST }).execute(request());
    expect(top.received).toHaveLength(1 + FAST.count);
    expect(rsp.isSuccess()).toBe(false);
    expect(rsp.errorCode).toBe("10");
  });

  test("code 7 after the ban its sub_msg names", async () => {
    top.answer((_r, i) =>
      i === 0 ? apiError(7, "accesscontrol.limited-by-app-access-count", "This ban will last for 1 more seconds") : ok,
    );
    const started = Date.now();
    const rsp = await top.client({ retries: FAST }).execute(request());
    expect(rsp.isSuccess()).toBe(true);
    expect(top.received).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  test("a refused connection (nothing was sent), up to the bound", async () => {
    const seen: RedactedRequest[] = [];
    const port = await freePort();
    const client = top.client(
      { retries: FAST, hooks: { onRequest: (r) => seen.push(r) } },
      { url: `http://127.0.0.1:${port}/router/rest` },
    );
    await expect(client.call("x.y")).rejects.toBeInstanceOf(TopConnectionError);
    expect(seen.map((r) => r.attempt)).toEqual([0, 1, 2]);
  });
});

describe("what returns at once", () => {
  const top = useServer();

  test.each([
    [
      "code 7 with a ban longer than maxBanWaitMs",
      apiError(7, "accesscontrol.limited", "This ban will last for 60 more seconds"),
    ],
    ["code 7 whose sub_msg names no ban", apiError(7, "accesscontrol.limited", "limited")],
    ["an isv.* error (the caller's fault)", apiError(15, "isv.invalid-parameter")],
    ["code 25 invalid signature", apiError(25)],
    ["code 27 invalid session", apiError(27)],
  ])("%s", async (_name, answer) => {
    top.answer(() => answer);
    const started = Date.now();
    const rsp = await top.client({ retries: FAST }).execute(request());
    expect(rsp.isSuccess()).toBe(false);
    expect(top.received).toHaveLength(1);
    // The bans here are 60 s or unknown: well under that proves nothing was waited out.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test("retries: 0 disables retrying", async () => {
    top.answer(() => apiError(15, "isp.remote-service-error"));
    await top.client({ retries: 0 }).execute(request());
    expect(top.received).toHaveLength(1);
  });

  test.each([
    ["the connection dropped after the request was written", { destroy: true }, TopConnectionError],
    ["the total timeout (TOP may have acted)", { hang: true }, TopTimeoutError],
    ["an HTTP 503", { status: 503, body: "busy" }, TopHttpError],
  ] as const)("%s", async (_name, answer, ErrorClass) => {
    top.answer(() => answer);
    await expect(top.client({ retries: FAST, timeoutMs: 200 }).call("x.y")).rejects.toBeInstanceOf(ErrorClass);
    expect(top.received).toHaveLength(1);
  });

  test("an abort during the wait before a retry ends the call at once", async () => {
    top.answer(() => apiError(7, "accesscontrol.limited", "This ban will last for 30 more seconds"));
    const started = Date.now();
    const retries = { ...FAST, maxBanWaitMs: 60_000 };
    const call = top.client({ retries }).call("x.y", {}, undefined, { signal: AbortSignal.timeout(150) });
    await expect(call).rejects.toBeInstanceOf(TopAbortError);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(top.received).toHaveLength(1);
  });
});

describe("retry rules in isolation", () => {
  test("banSeconds reads the ban from English and Chinese sub_msgs", () => {
    expect(banSeconds("This ban will last for 71 more seconds")).toBe(71);
    expect(banSeconds("禁止调用将持续 5 秒")).toBe(5);
    expect(banSeconds("App Call Limited")).toBeUndefined();
    expect(banSeconds(undefined)).toBeUndefined();
  });

  test("backoff doubles from the base, is capped, and jitters within [½, 1] of its ceiling", () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 1_000, maxBanWaitMs: 0 };
    for (let i = 0; i < 50; i++) {
      expect(backoffMs(0, policy)).toBeGreaterThanOrEqual(50);
      expect(backoffMs(0, policy)).toBeLessThanOrEqual(100);
      expect(backoffMs(2, policy)).toBeGreaterThanOrEqual(200);
      expect(backoffMs(2, policy)).toBeLessThanOrEqual(400);
      expect(backoffMs(10, policy)).toBeLessThanOrEqual(1_000);
    }
  });

  test("a reset is safe to resend only when not a byte was written", () => {
    const reset = (bytesWritten: number) =>
      new TopConnectionError("x", { cause: { code: "UND_ERR_SOCKET", socket: { bytesWritten } } });
    expect(isSafeToResend(reset(0))).toBe(true);
    expect(isSafeToResend(reset(88))).toBe(false);
    expect(isSafeToResend(new TopConnectionError("x", { cause: { code: "ECONNREFUSED" } }))).toBe(true);
    expect(isSafeToResend(new TopTimeoutError("x", { cause: { code: "UND_ERR_CONNECT_TIMEOUT" } }))).toBe(true);
    expect(isSafeToResend(new TopTimeoutError("total"))).toBe(false);
    expect(isSafeToResend(new TopConnectionError("x", { cause: { code: "ENOTFOUND" } }))).toBe(false);
    expect(isSafeToResend(new Error("x"))).toBe(false);
  });
});
