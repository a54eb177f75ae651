import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { CookieJar } from "../../src/sync/http/cookie-jar.js";
import { HttpClient, type HttpOptions } from "../../src/sync/http/http-client.js";
import { rateLimiter } from "../../src/sync/http/rate-limiter.js";
import { retryAfterMs, retryDelay } from "../../src/sync/http/retry-policy.js";
import { DocServer } from "./support/doc-server.js";

describe("rate limiter", () => {
  test("spaces request starts 1000/perSecond ms apart, measured from when each really started", async () => {
    let now = 0;
    const late = [30, 0, 0]; // timers fire late, by varying amounts
    const sleep = async (ms: number) => {
      now += ms + (late.shift() ?? 0);
    };
    const wait = rateLimiter(2, { now: () => now, sleep });
    const starts: number[] = [];
    for (let i = 0; i < 4; i++) {
      await wait();
      starts.push(now);
    }
    now += 5000; // long idle: the next request goes at once
    await wait();
    starts.push(now);
    expect(starts).toEqual([0, 530, 1030, 1530, 6530]);
  });
});

describe("retry policy", () => {
  const policy = { retries: 3, retryDelayMs: 100, maxDelayMs: 1000 };
  test("backoff doubles with jitter between half and all of it, capped", () => {
    expect(retryDelay(policy, 0, undefined, () => 0)).toBe(50);
    expect(retryDelay(policy, 2, undefined, () => 1)).toBe(400);
    expect(retryDelay(policy, 9, undefined, () => 1)).toBe(1000);
  });
  test("never sooner than Retry-After asks (seconds or a date), still capped", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 7_000)).toBe(3000);
    expect(retryAfterMs("soon")).toBeUndefined();
    expect(retryDelay(policy, 0, 700, () => 0)).toBe(700);
    expect(retryDelay(policy, 0, 60_000, () => 0)).toBe(1000);
  });
});

test("cookie jar keeps the leading name=value of each Set-Cookie and replays them", () => {
  const jar = new CookieJar();
  expect(jar.header()).toBeUndefined();
  jar.store(["_tb_token_=abc; Path=/; HttpOnly", "cookie2=x=y; Secure"]);
  jar.store("_tb_token_=def");
  expect(jar.get("_tb_token_")).toBe("def");
  expect(jar.header()).toBe("_tb_token_=def; cookie2=x=y");
});

describe("HttpClient against a misbehaving server", () => {
  let server: DocServer;
  const options: HttpOptions = {
    retries: 2,
    retryDelayMs: 10,
    maxDelayMs: 2000,
    timeoutMs: 300,
    perSecond: 100,
    userAgent: "topkit-test",
  };
  const get = async (o: Partial<HttpOptions> = {}) => {
    const http = new HttpClient({ ...options, ...o });
    try {
      return await http.get(`${server.url}/docCenter`);
    } finally {
      await http.close();
    }
  };
  beforeEach(async () => {
    server = await new DocServer().start();
  });
  afterEach(async () => {
    await server.close();
  });

  test("retries 429 (honouring Retry-After) and 503 until it gets an answer", async () => {
    server.inject("docCenter", { status: 429, retryAfter: "1" }, { status: 503 });
    const answer = await get();
    expect(answer.status).toBe(200);
    const [first, second, third] = server.requests("docCenter");
    expect([first?.status, second?.status, third?.status]).toEqual([429, 503, 200]);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(third!.headers["user-agent"]).toBe("topkit-test");
  });

  test("a slow answer times out and is asked again; a dropped connection too", async () => {
    server.inject("docCenter", { delayMs: 800 }, { drop: true });
    expect((await get()).status).toBe(200);
    expect(server.log.map((l) => l.status)).toEqual([0, 200]); // the slow one was cut off before it answered
  });

  test("gives up after the bounded retries with a message saying what happened", async () => {
    server.always.set("docCenter", { status: 502 });
    await expect(get()).rejects.toThrow(/^GET http:\/\/127\.0\.0\.1:\d+\/docCenter: HTTP 502 \(after 3 attempts\)$/);
    server.always.set("docCenter", { delayMs: 1000 });
    await expect(get({ retries: 0 })).rejects.toThrow(/: no answer within 300 ms$/);
  });

  test("4xx other than 429 is an answer, not retried", async () => {
    server.inject("docCenter", { status: 404 });
    expect((await get()).status).toBe(404);
    expect(server.requests("docCenter")).toHaveLength(1);
  });
});
