import { describe, expect, test, vi } from "vitest";
import {
  TopApiError,
  TopConnectionError,
  TopHttpError,
  TopParseError,
  TopTimeoutError,
} from "../../src/errors/index.js";
import { TradeGetRequest } from "../client/support/trade-api.js";
import { useGateway } from "./support/gateway.js";

const trade = () => new TradeGetRequest({ tid: 1, fields: "tid" });
const quickRetries = { count: 2, baseDelayMs: 10, maxDelayMs: 20 };

describe("each injected fault, as the client sees it", () => {
  const top = useGateway();
  const calls = () => top.gateway.requests.length;

  test("delay: a slow answer still arrives; past the client's timeout it is TopTimeoutError", async () => {
    top.gateway.inject({ kind: "delay", ms: 150 });
    const started = performance.now();
    expect((await top.client().execute(trade())).isSuccess()).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const before = calls();
    const error = await top
      .client({ timeoutMs: 50 })
      .execute(trade())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TopTimeoutError);
    // The gateway finishes its delay, finds the client gone, and records the call as unanswered
    // (waited for here, so that it cannot land in the next test's count).
    await vi.waitFor(() => expect(calls()).toBe(before + 1), { timeout: 2000 });
    expect(top.last.answer).toMatchObject({ status: 0, faults: ["delay"] });
  });

  test("reset: TopConnectionError, not resent (the request had reached the gateway)", async () => {
    top.gateway.inject({ kind: "reset" });
    const before = calls();
    const error = await top
      .client({ retries: quickRetries })
      .execute(trade())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TopConnectionError);
    expect(calls() - before).toBe(1);
    expect(top.last.answer).toMatchObject({ status: 0, faults: ["reset"] });
  });

  test("http: HTTP 5xx with an HTML page is TopHttpError with the status and the page's start", async () => {
    top.gateway.inject({ kind: "http", status: 503 }, { times: 1 });
    const error = await top
      .client()
      .execute(trade())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TopHttpError);
    expect(error).toMatchObject({ status: 503 });
    expect((error as TopHttpError).bodyExcerpt).toContain("503 Service Unavailable");
    expect((await top.client().execute(trade())).isSuccess()).toBe(true); // times: 1
  });

  test.each([{}, { format: "xml" as const }])("malformed %o: a cut body is TopParseError", async (options) => {
    top.gateway.inject({ kind: "malformed" });
    const error = await top
      .client(options)
      .execute(trade())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TopParseError);
  });

  test("gzip: a compressed answer is decoded", async () => {
    top.gateway.inject({ kind: "gzip" });
    const rsp = await top.client().execute(trade());
    expect(rsp.trade?.tid).toBe(2940328723781049652n);
    expect(top.last.answer.faults).toEqual(["gzip"]);
  });

  test("ban: code 7 for every call until it ends; the client waits it out and retries", async () => {
    top.gateway.inject({ kind: "ban", seconds: 1 }, { times: 1 });
    const before = calls();
    const started = performance.now();
    const rsp = await top.client({ retries: { count: 2, maxBanWaitMs: 2000, baseDelayMs: 10 } }).execute(trade());
    expect(rsp.isSuccess()).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    // A timer may fire a millisecond early, so the first retry can still meet the ban's last instant.
    const codes = top.gateway.requests.slice(before).map((r) => r.answer.code);
    expect(codes[0]).toBe(7);
    expect(codes.at(-1)).toBeUndefined();
    expect(codes.length).toBeLessThanOrEqual(3);
  });

  test("ban: longer than the client will wait, code 7 comes back at once (TopApiError with throwOnApiError)", async () => {
    top.gateway.inject({ kind: "ban", seconds: 30 }, { times: 1, method: "taobao.trade.get" });
    const before = calls();
    const error = await top
      .client({ retries: { count: 2, maxBanWaitMs: 1000 }, throwOnApiError: true })
      .execute(trade())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TopApiError);
    expect(error).toMatchObject({
      code: "7",
      msg: "App Call Limited",
      subMsg: "This ban will last for 30 more seconds",
    });
    expect(calls() - before).toBe(1);
    // The ban holds for that API only, and without consuming a fault.
    const again = await top.client().execute(trade());
    expect(again).toMatchObject({
      errorCode: "7",
      subMsg: expect.stringMatching(/^This ban will last for (29|30) more seconds$/),
    });
    const other = await top.client().call("topkit.limits.check", {}, "sess");
    expect(other).not.toHaveProperty("error_response");
  });

  test("isp: retried with backoff; succeeds once the fault has passed", async () => {
    top.gateway.inject({ kind: "isp", subCode: "isp.remote-service-timeout" }, { times: 2 });
    const before = calls();
    const rsp = await top.client({ retries: quickRetries }).execute(trade());
    expect(rsp.isSuccess()).toBe(true);
    expect(top.gateway.requests.slice(before).map((r) => r.answer.subCode)).toEqual([
      "isp.remote-service-timeout",
      "isp.remote-service-timeout",
      undefined,
    ]);
  });

  test("isp: the retries are bounded; the last error_response is the answer", async () => {
    top.gateway.inject({ kind: "isp" });
    const before = calls();
    const rsp = await top.client({ retries: quickRetries }).execute(trade());
    expect(rsp).toMatchObject({ errorCode: "15", subCode: "isp.top-remote-unknown-error" });
    expect(calls() - before).toBe(3);
  });

  test("error: any error_response, e.g. an isv business error, is final", async () => {
    top.gateway.inject({ kind: "error", code: 15, subCode: "isv.item-not-exist", subMsg: "商品不存在" }, { times: 1 });
    const before = calls();
    const rsp = await top.client({ retries: quickRetries }).execute(trade());
    expect(rsp).toMatchObject({
      errorCode: "15",
      msg: "Remote service error",
      subCode: "isv.item-not-exist",
      subMsg: "商品不存在",
    });
    expect(rsp.isSuccess()).toBe(false);
    expect(calls() - before).toBe(1);
  });

  test("faults scoped to one API leave the others alone; several combine (delay + gzip + isp)", async () => {
    top.gateway.inject({ kind: "delay", ms: 20 }, { method: "taobao.trade.get" });
    top.gateway.inject({ kind: "gzip" }, { method: "taobao.trade.get" });
    top.gateway.inject({ kind: "isp" }, { method: "taobao.trade.get", times: 1 });
    const rsp = await top.client().execute(trade());
    expect(rsp.errorCode).toBe("15");
    expect(top.last.answer.faults).toEqual(["delay", "gzip", "isp"]);
    await top.client().call("topkit.limits.check", {}, "sess");
    expect(top.last.answer.faults).toEqual([]);
  });

  test("inject() refuses a fault that cannot mean anything", () => {
    expect(() => top.gateway.inject({ kind: "ban", seconds: 0 })).toThrow("seconds > 0");
    expect(() => top.gateway.inject({ kind: "reset" }, { times: 0 })).toThrow("times must be 1 or more");
  });
});
