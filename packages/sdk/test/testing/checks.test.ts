import { describe, expect, test } from "vitest";
import { formatTopDate } from "../../src/runtime/index.js";
import { useGateway } from "./support/gateway.js";
import { outcome, rawCall } from "./support/raw-call.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const minutes = (n: number) => formatTopDate(Date.now() + n * 60_000);

describe("platform checks, each with TOP's code", () => {
  const top = useGateway({ sessions: ["6100e23657fb0b2d0c78"] });
  const send = (system: Record<string, string | undefined>, business?: Record<string, string>) =>
    rawCall(top.url, { system, ...(business && { business }) }).then(outcome);

  test("a correct call passes every check", async () => {
    expect(await send({})).toBe("ok");
  });

  test.each([
    ["no method", 21, { method: undefined }],
    ["an unknown method", 22, { method: "taobao.no.such.api" }],
    ["no app_key", 28, { app_key: undefined }],
    ["another app's key", 29, { app_key: "87654321" }],
    ["format=yaml", 23, { format: "yaml" }],
    ["no timestamp", 30, { timestamp: undefined }],
    ["a timestamp that is not yyyy-MM-dd HH:mm:ss", 31, { timestamp: "2024/05/01 08:30:00" }],
    ["a timestamp on a day that does not exist", 31, { timestamp: "2024-02-30 08:30:00" }],
    ["a timestamp 11 minutes behind GMT+8 now", 31, { timestamp: minutes(-11) }],
    ["a timestamp 11 minutes ahead", 31, { timestamp: minutes(11) }],
    ["the local time of a host 8 hours west of GMT+8", 31, { timestamp: minutes(-8 * 60) }],
    ["no v", 32, { v: undefined }],
    ["v=two", 33, { v: "two" }],
    ["v=1.0", 34, { v: "1.0" }],
    ["no sign", 24, { sign: "" }],
    ["a sign_method TOP does not know", 25, { sign_method: "sha1", sign: "ABCD" }],
    ["no session for an API that needs one", 26, { session: undefined }],
    ["a session the gateway did not issue", 27, { session: "6100deadbeef" }],
  ])("%s -> %i", async (_, code, system) => {
    expect(await send(system)).toMatchObject({ code });
  });

  test("timestamps 9 minutes either side of GMT+8 now are accepted", async () => {
    expect(await send({ timestamp: minutes(-9) })).toBe("ok");
    expect(await send({ timestamp: minutes(9) })).toBe("ok");
  });

  test.each(["md5", "hmac", "hmac-sha256"])("%s: signed with the secret passes, with another secret 25", async (m) => {
    expect(await send({ sign_method: m })).toBe("ok");
    const wrong = await rawCall(top.url, { system: { sign_method: m }, secret: "not-the-secret" });
    expect(outcome(wrong)).toMatchObject({ code: 25 });
  });

  test("without sign_method the gateway checks md5, TOP's default", async () => {
    const answer = await rawCall(top.url, { system: { sign_method: undefined } });
    expect(outcome(answer)).toBe("ok");
  });

  test("an API without a session label needs none", async () => {
    expect(await send({ method: "taobao.trade.get", session: undefined }, { tid: "1", fields: "tid" })).toBe("ok");
  });

  test("the seed API needs a session (its Java sample calls execute(req, sessionKey))", async () => {
    const business = { req: '{"type":1,"data":"[]"}' };
    expect(await send({ method: SEED, session: undefined }, business)).toMatchObject({ code: 26 });
    expect(await send({ method: SEED }, business)).toBe("ok");
  });

  test("GET with every param in the query string works like POST", async () => {
    const answer = await rawCall(top.url, { httpMethod: "GET", business: { title: "abc" } });
    expect(outcome(answer)).toBe("ok");
    expect(top.last).toMatchObject({ httpMethod: "GET", bodyType: "none", params: { title: "abc" } });
  });

  test("PUT -> 9 (Http Action Not Allowed)", async () => {
    expect(outcome(await rawCall(top.url, { httpMethod: "PUT" }))).toMatchObject({ code: 9 });
  });

  test("a path other than /router/rest is an HTTP 404 page", async () => {
    const answer = await rawCall(top.url, { path: "/router/other" });
    expect(answer.status).toBe(404);
    expect(answer.text).toContain("<html>");
  });

  test("an error answers in the asked-for form: XML for format=xml (TOP's default), JSON otherwise", async () => {
    const xml = await rawCall(top.url, { system: { format: "xml", v: "9.9" } });
    expect(xml.text).toMatch(/^<\?xml .*<error_response><code>34<\/code>/);
    const none = await rawCall(top.url, { system: { format: undefined, v: "9.9" } });
    expect(none.text).toMatch(/^<\?xml /);
  });
});

describe("business params against the API's IR: 40 and 41 with the param path", () => {
  const top = useGateway();
  const send = (business: Record<string, string>) => rawCall(top.url, { business }).then(outcome);
  const items = (v: unknown) => ({ items: JSON.stringify(v) });

  test.each([
    ["the seed's req missing", { method: SEED }, {}, 40, "req: required"],
    ["the seed's req.data missing", { method: SEED }, { req: '{"type":1}' }, 40, "req.data: required"],
    [
      "the seed's req.type not an integer",
      { method: SEED },
      { req: '{"type":"one","data":"[]"}' },
      41,
      "req.type: expected an integer",
    ],
    ["the seed's req not JSON", { method: SEED }, { req: "{type:1}" }, 41, "req: not JSON"],
    ["the seed's req a list", { method: SEED }, { req: "[1]" }, 41, "req: expected an object"],
  ])("%s", async (_, system, business, code, subMsg) => {
    const answer = outcome(await rawCall(top.url, { system, business }));
    expect(answer).toMatchObject({ code });
    expect((answer as { subMsg: string }).subMsg).toContain(subMsg);
  });

  test.each([
    [{ title: "123456" }, "title: at most 5 characters"],
    [{ count: "0" }, "count: at least 1"],
    [{ count: "11" }, "count: at most 10"],
    [{ count: "1.5" }, "count: expected an integer"],
    // 2^53 + 1 > 2^53, which a comparison of doubles misses (both round to 2^53)
    [{ big_id: "9007199254740993" }, "big_id: at most 9007199254740992"],
    [{ ratio: "abc" }, "ratio: expected a number"],
    [{ flag: "yes" }, "flag: expected true or false"],
    [{ amount: "12,50" }, "amount: expected a decimal amount"],
    [{ start: "01/05/2024" }, "start: expected yyyy-MM-dd HH:mm:ss"],
    [{ tags: "1,2,3,4" }, "tags: at most 3 items"],
    [{ tags: "1,x" }, "tags[1]: expected an integer"],
    [{ extra: "[1]" }, "extra: expected a JSON object"],
    [items([{ sku_id: 1 }, { sku_id: 2 }, { sku_id: 3 }]), "items: at most 2 items"],
    [items([{ sku_id: 1 }, { name: "x" }]), "items[1].sku_id: required"],
    [items([{ sku_id: 1, name: "12345" }]), "items[0].name: at most 4 characters"],
    [items([{ sku_id: "x" }]), "items[0].sku_id: expected an integer"],
    [items([{ sku_id: 1, props: {} }]), "items[0].props.color: required"],
    [items([{ sku_id: 1, props: "red" }]), "items[0].props: expected an object"],
  ])("%o -> %s", async (business, subMsg) => {
    const answer = outcome(await rawCall(top.url, { business }));
    expect(answer).toMatchObject({ code: subMsg.endsWith("required") ? 40 : 41, subMsg });
  });

  test("values within every limit pass, 64-bit ids compared exactly", async () => {
    const ok = {
      title: "12345",
      count: "10",
      big_id: "9007199254740992",
      ratio: "0.25",
      flag: "false",
      amount: "12.50",
      start: "2024-05-01 08:30:00",
      tags: "1,2,3",
      extra: '{"a":"b"}',
      ...items([{ sku_id: 2940328723781049652n.toString(), name: "ab", props: { color: "red" } }, { sku_id: 1 }]),
    };
    expect(await send(ok)).toBe("ok");
  });

  test("blank values count as absent; params the doc does not list are ignored, as TOP does", async () => {
    expect(await send({ title: " ", unknown_param: "x" })).toBe("ok");
  });

  test("40 and 41 name the path in msg too, as TOP does", async () => {
    const answer = await rawCall(top.url, { system: { method: SEED }, business: { req: '{"type":1}' } });
    expect(answer.json.error_response).toMatchObject({
      code: 40,
      msg: "Missing required arguments:req.data",
      sub_code: "isv.missing-parameter",
    });
  });
});

describe("multipart bodies: file parts are checked but never signed", () => {
  const top = useGateway();

  test("a file within its limit passes; the text parts are signed, the file is not", async () => {
    const answer = await rawCall(top.url, {
      business: { title: "abc" },
      files: { image: { name: "a.png", bytes: "12345678" } },
    });
    expect(outcome(answer)).toBe("ok");
    expect(top.last).toMatchObject({
      bodyType: "multipart",
      params: { title: "abc" },
      files: { image: { fileName: "a.png", size: 8 } },
    });
  });

  test("a file over maxLength bytes -> 41", async () => {
    const answer = await rawCall(top.url, { files: { image: { name: "a.png", bytes: "123456789" } } });
    expect(outcome(answer)).toMatchObject({ code: 41, subMsg: "image: at most 8 bytes" });
  });

  test("a required file missing -> 40, even when the text parts are there", async () => {
    const system = { method: "topkit.file.upload", session: undefined };
    const without = await rawCall(top.url, { system, business: { title: "x" } });
    expect(outcome(without)).toMatchObject({ code: 40, subMsg: "image: required" });
    const withFile = await rawCall(top.url, {
      system,
      business: { title: "x" },
      files: { image: { name: "a", bytes: "1" } },
    });
    expect(outcome(withFile)).toBe("ok");
  });
});
