import { describe, expect, test } from "vitest";
import { type JavaCall, javaUrlEncode, javaWire, sendWire } from "../../../../../test-support/java-wire.js";
import { useGateway } from "../support/gateway.js";
import { APP_KEY, SECRET } from "../support/raw-call.js";
import { answerCode, answerSubMsg } from "./answer.js";

/** Calls the gateway exactly as the official Java SDK writes the request (no topkit code on the way). */
function javaCall(url: string, call: Partial<JavaCall> & Pick<JavaCall, "method">) {
  return sendWire(url, javaWire({ appKey: APP_KEY, secret: SECRET, ...call }));
}

const trade = {
  method: "taobao.trade.get",
  text: [
    ["fields", "tid,title"],
    ["tid", "2940328723781049652"],
  ],
} as const;

describe("java.net.URLEncoder's escaping", () => {
  test("`~'()!` are percent-encoded, `*-._` are not, space is +", () => {
    expect(javaUrlEncode("a~b'c(d)e!f*g-h.i_j k/中")).toBe("a%7Eb%27c%28d%29e%21f*g-h.i_j+k%2F%E4%B8%AD");
  });
});

describe("the gateway answers requests written as the Java SDK writes them", () => {
  const top = useGateway();

  test.each([
    ["md5", "xml", false],
    ["md5", "json", false],
    ["hmac", "xml", false],
    ["hmac", "json", false],
    ["hmac", "json", true],
  ] as const)(
    "sign_method %s, format %s, simplify %s: accepted, with partner_id in the signature",
    async (signMethod, format, simplify) => {
      const answer = await javaCall(top.url, { ...trade, signMethod, format, simplify });
      expect(answerCode(answer)).toBe("ok");
      expect(top.last.params).toMatchObject({ partner_id: "top-sdk-java-20170301", sign_method: signMethod });
      if (format === "xml") expect(answer.text).toMatch(/^<\?xml[^>]*\?><trade_get_response>/);
      else if (simplify) expect(Object.keys(JSON.parse(answer.text))).toContain("trade");
      else expect(Object.keys(JSON.parse(answer.text))).toEqual(["trade_get_response"]);
    },
  );

  test("target_app_key and session travel in the query and are signed like any param", async () => {
    const answer = await javaCall(top.url, { ...trade, targetAppKey: "23456789", session: "6100e23657fb0b2d0c78" });
    expect(answerCode(answer)).toBe("ok");
    expect(top.last.params).toMatchObject({ target_app_key: "23456789", session: "6100…" });
  });

  test("`~'()!`, spaces and Chinese in a value arrive decoded and the signature still matches", async () => {
    const fields = "tid,title~'()! 标题*";
    const answer = await javaCall(top.url, {
      ...trade,
      text: [
        ["fields", fields],
        ["tid", "1"],
      ],
    });
    expect(answerCode(answer)).toBe("ok");
    expect(top.last.params.fields).toBe(fields);
  });

  test("struct JSON in the Java class's field order is read; a limit inside it is TOP's 41 with the path", async () => {
    const call = { method: "topkit.limits.check", session: "6100e23657fb0b2d0c78", format: "json" } as const;
    const items = JSON.stringify([{ sku_id: 1, name: "ab", props: { color: "red" } }]);
    expect(answerCode(await javaCall(top.url, { ...call, text: [["items", items]] }))).toBe("ok");
    const tooLong = JSON.stringify([{ sku_id: 1, name: "abcde" }]);
    const refused = await javaCall(top.url, { ...call, text: [["items", tooLong]] });
    expect(answerCode(refused)).toBe(41);
    expect(answerSubMsg(refused)).toBe("items[0].name: at most 4 characters");
  });

  test("an upload in the Java SDK's multipart spelling: accepted, text parts signed, the file seen whole", async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x0d, 0x0a, 0x2d, 0x2d]); // holds CRLF and "--"
    const answer = await javaCall(top.url, {
      method: "topkit.file.upload",
      format: "json",
      text: [["title", "主图 (1)"]],
      files: [["image", { fileName: "主图 a.jpg", mimeType: "image/jpeg", bytes }]],
    });
    expect(answerCode(answer)).toBe("ok");
    expect(top.last).toMatchObject({
      bodyType: "multipart",
      params: { title: "主图 (1)" },
      files: { image: { fileName: "主图 a.jpg", mimeType: "image/jpeg", size: 8 } },
    });
  });

  test("TOP's errors for Java-written calls: 25 for another secret, 40 for a missing file, 26 for no session", async () => {
    expect(answerCode(await javaCall(top.url, { ...trade, secret: "another-secret" }))).toBe(25);
    const noFile = await javaCall(top.url, { method: "topkit.file.upload", text: [["title", "x"]] });
    expect(answerCode(noFile)).toBe(40);
    expect(answerCode(await javaCall(top.url, { method: "topkit.limits.check" }))).toBe(26);
  });
});
