import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sharedOrNotice } from "../../../../test-support/shared.js";
import { parseDocJson } from "../../src/parse/index.js";
import { param } from "../support/ir-find.js";

const shared = sharedOrNotice();
const read = (name: string) => {
  const file = join(shared!, "corpus", "endpoint-json", name);
  return parseDocJson(readFileSync(file, "utf8"), { file });
};

describe.skipIf(!shared)("doc JSON, full endpoint form", () => {
  test("alibaba.buynow.order.create: labels, session, 4-level nesting, struct array, error codes, samples", () => {
    const ir = read("alibaba.buynow.order.create.json");
    expect(ir.method).toBe("alibaba.buynow.order.create");
    expect(ir.title).toBe("阿里巴巴买家buynow下单接口");
    expect(ir.labels).toContain("必须用户授权");
    expect(ir.needsSession).toBe(true);
    const top = param(ir, "request:param_order_create_request");
    expect(top).toMatchObject({ type: "struct", structName: "OrderCreateRequest", required: true });
    expect(param(ir, "request:param_order_create_request.logistics_detail.shipment_address.telephone")).toMatchObject({
      type: "struct",
      structName: "Phone",
    });
    const products = top.children.find((c) => c.docType.includes("[]"));
    expect(products).toMatchObject({ type: "array", itemType: "struct", structName: "TradeEcologyOrderCreateProduct" });
    expect(param(ir, "request:param_order_create_request.channel_refer_id")).toMatchObject({
      field: "channelReferId",
      example: "124232",
      required: true,
    });
    expect(ir.errorCodes).toHaveLength(3);
    expect(ir.errorCodes[0]).toMatchObject({ code: "430005" });
    expect(ir.errorCodes[0]!.message).toContain("\n");
    expect(ir.errorCodes[0]!.solution).toMatch(/^see https:\/\/www\.yuque\.com\//);
    expect(ir.samples.responseJson).toContain("alibaba_buynow_order_create_response");
    expect(ir.samples.responseXml).toMatch(/^<alibaba_buynow_order_create_response>/);
    expect(ir.samples.errorJson).toContain("error_response");
    expect(ir.warnings).toBeUndefined();
  });

  test("alibaba.dropshipping.order.pay: Number[] param, <br /> in descriptions becomes line breaks", () => {
    const ir = read("alibaba.dropshipping.order.pay.json");
    const arrays = [...ir.request, ...ir.response].flatMap(function walk(p): typeof ir.request {
      return [p, ...p.children.flatMap(walk)];
    });
    const numberList = arrays.find((p) => p.docType.replace(/\s/g, "") === "Number[]");
    expect(numberList).toMatchObject({ type: "array", itemType: "long" });
    const described = arrays.map((p) => p.description).join("\n");
    expect(described).not.toMatch(/<br\s*\/?>/i);
    expect(ir.errorCodes).toEqual([]);
  });
});
