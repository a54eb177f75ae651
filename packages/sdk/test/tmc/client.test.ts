import { afterEach, describe, expect, test } from "vitest";
import { createLocalTmc } from "../../src/testing/index.js";
import {
  TmcAuthError,
  TmcClient,
  type TmcClientOptions,
  TmcFrameError,
  TmcHandlerError,
  type TmcMessage,
} from "../../src/tmc/index.js";

const APP_KEY = "12345678";
const SECRET = "test-secret-0123";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(opts: { redeliverAfterMs?: number; client?: TmcClientOptions; secret?: string } = {}) {
  const tmc = await createLocalTmc({
    appKey: APP_KEY,
    appSecret: SECRET,
    redeliverAfterMs: opts.redeliverAfterMs ?? 5000,
  });
  cleanups.push(() => tmc.close());
  const client = new TmcClient(APP_KEY, opts.secret ?? SECRET, "default", {
    reconnect: { initialDelayMs: 20, maxDelayMs: 200 },
    ...opts.client,
  });
  cleanups.push(() => client.close());
  const errors: Error[] = [];
  client.on("error", (e) => errors.push(e));
  return { tmc, client, errors };
}

const until = async (what: string, ok: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("handshake", () => {
  test("the right secret is accepted and a message arrives typed: 64-bit ids as bigint", async () => {
    const { tmc, client } = await setup();
    const got: TmcMessage[] = [];
    client.setMessageHandler((m) => {
      got.push(m);
    });
    const connects: number[] = [];
    client.on("connect", (e) => connects.push(e.attempt));
    await client.connect(tmc.url);
    expect(connects).toEqual([0]);
    const pubTime = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    const id = tmc.publish(
      "taobao_trade_TradeCreate",
      '{"tid":4611686018427387905123,"oid":1234567890123456789,"payment":"12.50","rate":0.5,"buyer_nick":"小明","items":[7]}',
      { userId: 9007199254740993n, userNick: "卖家", pubTime },
    );
    await tmc.allConfirmed(5000);
    expect(got).toHaveLength(1);
    const m = got[0]!;
    expect(m.id).toBe(id);
    expect(m.id > 2n ** 62n).toBe(true);
    expect(m.topic).toBe("taobao_trade_TradeCreate");
    expect(m.content).toEqual({
      tid: 4611686018427387905123n,
      oid: 1234567890123456789n,
      payment: "12.50",
      rate: 0.5,
      buyer_nick: "小明",
      items: [7n],
    });
    expect(m.userId).toBe(9007199254740993n);
    expect(m.userNick).toBe("卖家");
    expect(m.pubTime).toEqual(pubTime);
    expect(m.pubAppKey).toBe(APP_KEY);
    expect(tmc.confirmed.has(id)).toBe(true);
    expect(tmc.stats()).toMatchObject({ published: 1, delivered: 1, redelivered: 0, confirmed: 1, strayConfirms: 0 });
  });

  test("a wrong secret is refused as TMC refuses it: connect() rejects, no retry, the secret never shown", async () => {
    const { tmc, client } = await setup({ secret: "wrong-secret-xyz" });
    const err = await client.connect(tmc.url).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TmcAuthError);
    expect((err as TmcAuthError).statusCode).toBe(401);
    expect((err as TmcAuthError).statusPhrase).toBe("invalid sign");
    expect((err as Error).message).toContain("TMC refused app key 12345678");
    expect((err as Error).message).not.toContain("wrong-secret-xyz");
    expect(tmc.stats().refusedHandshakes).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(tmc.stats().refusedHandshakes).toBe(1);
  });

  test("a wrong app key is refused too, and a bad url before any network", async () => {
    const tmc = await createLocalTmc({ appKey: APP_KEY, appSecret: SECRET });
    cleanups.push(() => tmc.close());
    const c = new TmcClient("999", SECRET);
    await expect(c.connect(tmc.url)).rejects.toThrow(
      'TMC refused app key 999, group "default": 401 unknown app key "999"',
    );
    await expect(new TmcClient(APP_KEY, SECRET).connect("http://x")).rejects.toThrow("must start with ws:// or wss://");
    expect(() => new TmcClient(APP_KEY, "")).toThrow("appSecret must be a non-empty string");
  });
});

test("close() during the first connect rejects connect() instead of leaving it pending", async () => {
  const { tmc, client } = await setup();
  const connecting = client.connect(tmc.url);
  await client.close();
  await expect(connecting).rejects.toThrow("close() was called before TMC answered the handshake");
  await expect(client.connect(tmc.url)).rejects.toThrow("connect() called while closed");
});

describe("at-least-once", () => {
  test("a handler that throws or calls status.fail() leaves the message unconfirmed; TMC redelivers it", async () => {
    const { tmc, client, errors } = await setup({ redeliverAfterMs: 100 });
    const seen = new Map<bigint, number>();
    client.setMessageHandler(async (m, status) => {
      const n = (seen.get(m.id) ?? 0) + 1;
      seen.set(m.id, n);
      if (n === 1 && m.topic === "throws") throw new Error("database down");
      if (n === 1 && m.topic === "fails") status.fail();
    });
    await client.connect(tmc.url);
    const a = tmc.publish("throws", "{}");
    const b = tmc.publish("fails", "{}");
    const c = tmc.publish("fine", "{}");
    await tmc.allConfirmed(5000);
    expect([seen.get(a), seen.get(b), seen.get(c)]).toEqual([2, 2, 1]);
    expect([tmc.deliveryCount(a), tmc.deliveryCount(b), tmc.deliveryCount(c)]).toEqual([2, 2, 1]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(TmcHandlerError);
    expect(errors[0]!.message).toContain(`TMC message ${a} (throws): database down; left unconfirmed`);
    expect(client.stats()).toMatchObject({ confirmed: 3, failed: 2 });
  });

  test("close() waits for running handlers, confirms what finished, leaves the queue unconfirmed", async () => {
    const { tmc, client } = await setup();
    let started = 0;
    client.setMessageHandler(async () => {
      started++;
      await new Promise((r) => setTimeout(r, 150));
    });
    await client.connect(tmc.url);
    const first = tmc.publish("t", "{}");
    const second = tmc.publish("t", "{}");
    await until("first handler", () => started === 1);
    await client.close();
    expect(started).toBe(1);
    await until("confirm to land", () => tmc.confirmed.has(first));
    expect(tmc.confirmed.has(second)).toBe(false);
    expect(tmc.stats().connections).toBe(0);
  });

  test("messages(): confirmed when the loop asks for the next; break leaves the current one unconfirmed", async () => {
    const { tmc, client } = await setup();
    await client.connect(tmc.url);
    const ids = [tmc.publish("t", '{"n":1}'), tmc.publish("t", '{"n":2}'), tmc.publish("t", '{"n":3}')];
    const got: bigint[] = [];
    for await (const m of client.messages()) {
      got.push(m.id);
      if (got.length === 2) break;
    }
    expect(got).toEqual(ids.slice(0, 2));
    await until("first confirm", () => tmc.confirmed.has(ids[0]!));
    await new Promise((r) => setTimeout(r, 50));
    expect(tmc.confirmed.has(ids[1]!)).toBe(false);
    expect(() => client.setMessageHandler(() => {})).toThrow("messages() is in use");
  });

  test("messages() ends when close() is called from outside the loop", async () => {
    const { tmc, client } = await setup();
    await client.connect(tmc.url);
    const id = tmc.publish("t", "{}");
    const got: bigint[] = [];
    const loop = (async () => {
      for await (const m of client.messages()) got.push(m.id);
    })();
    await until("one message", () => got.length === 1);
    await client.close();
    await loop;
    expect(got).toEqual([id]);
    expect(tmc.confirmed.has(id)).toBe(true);
  });

  test("concurrency: handlers overlap up to the limit", async () => {
    const { tmc, client } = await setup({ client: { concurrency: 4 } });
    let running = 0;
    let most = 0;
    client.setMessageHandler(async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
    });
    await client.connect(tmc.url);
    for (let i = 0; i < 20; i++) tmc.publish("t", "{}");
    await tmc.allConfirmed(5000);
    expect(most).toBe(4);
  });
});

describe("faults", () => {
  test("a dropped connection is reopened with backoff; unconfirmed messages come again", async () => {
    const { tmc, client } = await setup();
    const got: bigint[] = [];
    client.setMessageHandler((m) => {
      got.push(m.id);
    });
    const reconnects: { attempt: number; delayMs: number }[] = [];
    client.on("reconnect", (e) => reconnects.push(e));
    const connects: number[] = [];
    client.on("connect", (e) => connects.push(e.attempt));
    await client.connect(tmc.url);
    tmc.dropConnections();
    await until("reconnect", () => connects.length === 2);
    expect(reconnects[0]!.attempt).toBe(1);
    expect(reconnects[0]!.delayMs).toBeGreaterThanOrEqual(10);
    expect(reconnects[0]!.delayMs).toBeLessThanOrEqual(20);
    const id = tmc.publish("t", "{}");
    await tmc.allConfirmed(5000);
    expect(got).toEqual([id]);
  });

  test("refused reconnects: the client keeps trying with growing delays until the server takes it", async () => {
    const { tmc, client } = await setup();
    client.setMessageHandler(() => {});
    const reconnects: { attempt: number; delayMs: number; cause: Error }[] = [];
    client.on("reconnect", (e) => reconnects.push(e));
    await client.connect(tmc.url);
    tmc.refuseConnections(400);
    tmc.dropConnections();
    tmc.publish("t", "{}");
    await tmc.allConfirmed(5000);
    expect(reconnects.length).toBeGreaterThanOrEqual(3);
    expect(reconnects.some((r) => /503/.test(r.cause.message))).toBe(true);
    expect(reconnects.map((r) => r.attempt)).toEqual(reconnects.map((_, i) => i + 1));
    expect(Math.max(...reconnects.map((r) => r.delayMs))).toBeLessThanOrEqual(200);
  });

  test("a garbage frame is reported and skipped; the connection carries on", async () => {
    const { tmc, client, errors } = await setup();
    client.setMessageHandler(() => {});
    await client.connect(tmc.url);
    tmc.sendGarbage();
    await until("error", () => errors.length === 1);
    expect(errors[0]).toBeInstanceOf(TmcFrameError);
    tmc.publish("t", "{}");
    await tmc.allConfirmed(5000);
    expect(client.stats().reconnects).toBe(0);
  });

  test("delayed deliveries raise lag", async () => {
    const { tmc, client } = await setup({ client: { lagThresholdMs: 50 } });
    client.setMessageHandler(() => {});
    const lags: number[] = [];
    client.on("lag", (e) => lags.push(e.lagMs));
    await client.connect(tmc.url);
    tmc.delay(120);
    tmc.publish("t", "{}");
    await tmc.allConfirmed(5000);
    expect(lags).toHaveLength(1);
    expect(lags[0]).toBeGreaterThanOrEqual(100);
  });

  test("backpressure: a slow handler stops the reads at maxInFlight and resumes them below half", async () => {
    const { tmc, client } = await setup({ client: { maxInFlight: 50 } });
    let most = 0;
    client.setMessageHandler(async () => {
      most = Math.max(most, client.stats().inFlight);
      await new Promise((r) => setImmediate(r));
    });
    const events: boolean[] = [];
    client.on("backpressure", (e) => events.push(e.paused));
    await client.connect(tmc.url);
    const content = JSON.stringify({ pad: "x".repeat(1000) });
    for (let i = 0; i < 1000; i++) tmc.publish("t", content);
    await tmc.allConfirmed(20_000);
    expect(events.slice(0, 2)).toEqual([true, false]);
    // Soft by one socket read (64 KiB, about 60 of these frames) that ws parses after the pause.
    expect(most).toBeGreaterThanOrEqual(50);
    expect(most).toBeLessThanOrEqual(50 + 70);
    expect(tmc.stats().redelivered).toBe(0);
  });
});
