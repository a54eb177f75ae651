import { describe, expect, test } from "vitest";
import { parsePageText } from "../../src/parse/index.js";
import { paramAt, paramPaths, parsePage, shared } from "./support/corpus.js";
import { excerpt } from "./support/excerpt.js";

const parse = (text: string) => parsePageText(text, { file: "excerpt.txt" });

describe.skipIf(!shared)("nested rows on real pages", () => {
  test("groups of 5 bullets (request), 4 (response) and 3 (a struct row with no example)", () => {
    const qn = parsePage("taobao.picture.qnaigc.upload");
    expect(paramAt(qn.request, "upload_request.seller_id")).toMatchObject({
      required: true,
      example: "12345",
      description: "用户id",
    });
    expect(paramAt(qn.response, "result.msg_code")).toMatchObject({ example: "0", description: "上传结果状态码" });
    const ae = parsePage("aliexpress.ds.trade.order.get");
    expect(paramAt(ae.response, "result.order_amount")).toMatchObject({ type: "struct", description: "Order amount" });
    expect(paramAt(ae.response, "result.order_amount")?.example).toBeUndefined();
  });

  test("groups of 4 bullets in a request table: a field without description", () => {
    const ir = parsePage("alibaba.decoration.content.search");
    expect(paramAt(ir.request, "param.living_room")).toMatchObject({
      docType: "Number",
      example: "1",
      description: "",
    });
    expect(paramAt(ir.request, "param.province_code")).toMatchObject({ example: "310000", description: "浙江省" });
  });

  test("└ marks one level only; a struct row deeper than that prints without └ and its fields carry └ again", () => {
    const ir = parsePage("alibaba.idle.isv.item.query");
    expect(paramAt(ir.response, "result")).toMatchObject({ docType: "TopResult", description: "返回结果result" });
    expect(paramAt(ir.response, "result.data")).toMatchObject({ type: "struct", structName: "IdleItemApiDo" });
    expect(paramAt(ir.response, "result.data.category_id")).toMatchObject({ docType: "Number", example: "32456789" });
    expect(paramAt(ir.response, "result")?.children.map((c) => c.name)).toEqual(["data"]);
    // The page cannot show whether later └ rows still belong to data; the reading is reported.
    expect(
      ir.warnings?.some((w) => w.startsWith("response: result.data: the page does not show where its fields end")),
    ).toBe(true);
  });

  test("type spellings: `String []`, `Number []`, `byte []` nested, `byte[]` top level, example `[]`", () => {
    const idle = parsePage("alibaba.idle.isv.item.query");
    expect(paramAt(idle.response, "result.data.img_urls")).toMatchObject({
      docType: "String []",
      type: "array",
      itemType: "string",
      example: "[]",
    });
    const house = parsePage("alibaba.idle.new.house.item.add");
    expect(paramAt(house.request, "house_publish_api_dto.image_ids")).toMatchObject({
      type: "array",
      itemType: "long",
    });
    const qn = parsePage("taobao.picture.qnaigc.upload");
    expect(paramAt(qn.request, "upload_request.image_data")).toMatchObject({ docType: "byte []", type: "file" });
  });

  test("a struct array followed by └ rows that belong to its parent again: read under the array, and reported", () => {
    const ir = parsePage("aliexpress.ds.trade.order.get");
    expect(paramAt(ir.response, "result.logistics_info_list")).toMatchObject({ type: "array", itemType: "struct" });
    // The doc JSON puts logistics_status under result; the page alone cannot show it, so the
    // nearest-struct reading is taken and the IR says which rows may belong elsewhere.
    expect(paramAt(ir.response, "result.logistics_info_list.logistics_status")).toBeDefined();
    expect(ir.warnings).toContain(
      "response: result.logistics_info_list: the page does not show where its fields end; logistics_service, logistics_status, order_status read as its fields (nearest struct row above), but may belong to result",
    );
    expect(paramAt(ir.response, "result.order_amount")).toBeDefined();
  });
});

/** Response rows of aliexpress.ds.trade.order.get (copied), with an XML sample shaped like the doc JSON. */
const dsTradeRows = [
  "result AeOrderInfoResultDTO Result object",
  ...["└ gmt_create", "String", "2018-08-28 05:39:01", "Order creation time"],
  ...["logistics_info_list", "AeOrderLogisticsInfo []", "Order logistics information list"],
  ...["└ logistics_no", "String", "CP0_318495001", "Logistics tracking number"],
  ...["└ logistics_status", "String", "SELLER_SEND_GOODS", "Logistics status"],
  ...["order_amount", "SimpleMoney", "Order amount"],
  ...["└ amount", "String", "199.00", "Amount"],
  ...["child_order_list", "AeChildOrderInfo []", "Sub-order list"],
  ...["└ product_id", "Number", "2100000012", "Item ID"],
  ...["product_price", "SimpleMoney", "Item price"],
  ...["└ amount", "String", "299.00", "Amount"],
  ...["└ product_count", "Number", "3", "Item quantity"],
].map((cell, i) => (i === 0 ? cell : `  • ${cell}`));
const dsTradeXml = `<aliexpress_ds_trade_order_get_response>
    <result>
        <gmt_create>2018-08-28 05:39:01</gmt_create>
        <logistics_info_list>
            <ae_order_logistics_info><logistics_no>CP0_318495001</logistics_no></ae_order_logistics_info>
        </logistics_info_list>
        <logistics_status>SELLER_SEND_GOODS</logistics_status>
        <order_amount><amount>199.00</amount></order_amount>
        <child_order_list>
            <ae_child_order_info>
                <product_id>2100000012</product_id>
                <product_price><amount>299.00</amount></product_price>
                <product_count>3</product_count>
            </ae_child_order_info>
        </child_order_list>
    </result>
</aliexpress_ds_trade_order_get_response>`.split("\n");

describe("nested rows (excerpts)", () => {
  test("the response sample settles what the table leaves open, and then nothing is reported", () => {
    const ir = parse(excerpt({ response: dsTradeRows, responseSample: dsTradeXml }));
    expect(paramPaths(ir.response)).toEqual([
      "result",
      "result.gmt_create",
      "result.logistics_info_list",
      "result.logistics_info_list.logistics_no",
      "result.logistics_status",
      "result.order_amount",
      "result.order_amount.amount",
      "result.child_order_list",
      "result.child_order_list.product_id",
      "result.child_order_list.product_price",
      "result.child_order_list.product_price.amount",
      "result.child_order_list.product_count",
    ]);
    expect(ir.warnings).toBeUndefined();
  });

  test("without a sample the same rows are read by the default rules, each doubt reported", () => {
    const ir = parse(excerpt({ response: dsTradeRows }));
    expect(paramAt(ir.response, "result.logistics_info_list.logistics_status")).toBeDefined();
    expect(paramAt(ir.response, "result.order_amount")).toBeDefined();
    expect(ir.warnings?.filter((w) => /does not show/.test(w))).toHaveLength(5);
  });

  test("a bare `[]` type and a spaced `Number []` in a plain row; an example `[]` after `String []`", () => {
    const ir = parse(
      excerpt({
        request: ["tags [] 可选 a,b 标签", "ids Number [] 必须 1,2 编号"],
        response: ["urls String [] [] 图片链接"],
      }),
    );
    expect(paramAt(ir.request, "tags")).toMatchObject({ docType: "[]", type: "unknown" });
    expect(ir.warnings).toContain('request: tags: type "[]" names no item type; typed as unknown (sent as JSON text)');
    expect(paramAt(ir.request, "ids")).toMatchObject({
      docType: "Number []",
      type: "array",
      itemType: "long",
      required: true,
    });
    expect(paramAt(ir.response, "urls")).toMatchObject({
      docType: "String []",
      example: "[]",
      description: "图片链接",
    });
  });

  test("a `└` struct row opens a struct too, but whether the next └ row is its field is reported", () => {
    const ir = parse(
      excerpt({
        request: [
          "req Outer 必须 入参",
          "  • └ inner",
          "  • Inner",
          "  • 可选",
          "  • └ x",
          "  • String",
          "  • 可选",
          "  • 1",
          "  • 说明",
        ],
      }),
    );
    expect(paramAt(ir.request, "req.inner.x")).toBeDefined();
    expect(ir.warnings).toContain(
      "request: req.inner: the page does not show where its fields end; x read as its fields (nearest struct row above), but may belong to req",
    );
  });

  test("a cell that does not fit its group is read loosely and reported, never dropped silently", () => {
    const ir = parse(
      excerpt({
        request: ["req Foo 必须 入参", "  • └ a", "  • String", "  • 必须", "  • 1", "  • 说明", "  • 多余的一格"],
      }),
    );
    expect(paramAt(ir.request, "req.a")?.description).toContain("多余的一格");
    expect(ir.warnings?.some((w) => w.includes("read loosely"))).toBe(true);
  });
});
