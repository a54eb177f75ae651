import { describe, expect, test } from "vitest";
import { responseSamples } from "../src/samples/response-samples.js";
import { irOf, irParam } from "./support/ir-builders.js";

describe("responseSamples(): the JSON built from examples when the doc has no sample", () => {
  test("lists sit in TOP's wrappers under TOP's item names (QrcodeDO -> qrcode_d_o, Number[] -> number)", () => {
    const qrcodes = irParam("qrcodes", {
      type: "array",
      itemType: "struct",
      structName: "QrcodeDO",
      docType: "QrcodeDO[]",
      children: [
        irParam("url", { example: "https://a.example/q" }),
        irParam("sizes", { type: "array", itemType: "long", docType: "Number[]", example: "1,9007199254740993" }),
      ],
    });
    const html = responseSamples(irOf("taobao.qrcode.list", { response: [qrcodes] }));
    const json = /```json[^\n]*\n([\s\S]*?)\n```/.exec(html)![1]!;
    // Compared as text: the 64-bit item must keep every digit.
    expect(json.replace(/\s+/g, "")).toBe(
      '{"x_response":{"qrcodes":{"qrcode_d_o":[{"url":"https://a.example/q","sizes":{"number":[1,9007199254740993]}}]}}}',
    );
    expect(html).toContain("lists in TOP's wrappers");
  });
});
