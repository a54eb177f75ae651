import { describe, expect, test } from "vitest";
import { parsePageText } from "../../src/parse/index.js";
import { paramAt, parsePage, shared } from "./support/corpus.js";
import { excerpt } from "./support/excerpt.js";

const parse = (text: string) => parsePageText(text, { file: "excerpt.txt" });

describe.skipIf(!shared)("top-level rows on real pages", () => {
  test("rows whose empty cells vanished: 4 to 6 tokens, descriptions with spaces", () => {
    const ir = parsePage("qimen.tmall.alihouse.clue.intention.info.push");
    expect(paramAt(ir.request, "id")).toMatchObject({
      docType: "Number",
      required: true,
      example: "123",
      description: "留资id",
    });
    expect(paramAt(ir.response, "qmCode")).toMatchObject({ example: "200", description: "返回码 200 成功 非200 失败" });
    const ae = parsePage("aliexpress.ds.trade.order.get");
    expect(paramAt(ae.request, "order_id")).toMatchObject({ example: "10000001", description: "AE order id" });
  });

  test('a quoted example ("1000") keeps its quotes; the XML sample keeps its &quot; as shown', () => {
    const ir = parsePage("tmall.alihouse.customer.auth.token.get");
    expect(paramAt(ir.request, "user_id")).toMatchObject({ example: '"1000"', description: "经纪人id" });
    expect(paramAt(ir.response, "result.msg")?.example).toBe('"成功"');
    expect(ir.samples.responseXml).toContain("<msg>&quot;成功&quot;</msg>");
  });

  test("a JSON example ([1,2,3]) on a file row, and an object row with an example", () => {
    const ir = parsePage("tmall.traceplatform.ticket.picture.upload");
    expect(paramAt(ir.request, "file")).toMatchObject({ docType: "byte[]", type: "file", example: "[1,2,3]" });
    expect(paramAt(ir.response, "result")).toMatchObject({ type: "struct", example: "foo", description: "返回值" });
  });

  test("top-level rows after a nested group, without indentation, are top level again", () => {
    const ir = parsePage("aliexpress.ds.trade.order.get");
    expect(ir.response.map((p) => p.name)).toEqual(["result", "rsp_msg", "rsp_code"]);
    expect(paramAt(ir.response, "rsp_code")).toMatchObject({
      docType: "String",
      example: "404",
      description: "Error code",
    });
  });

  test("更多限制 lists (最大长度, 默认值) become constraints and defaults; the 4-space push changes nothing", () => {
    const ir = parsePage("taobao.xhotel.house.add");
    expect(paramAt(ir.request, "outer_id")).toMatchObject({
      required: true,
      example: "123123131",
      constraints: { maxLength: 64 },
      description: "外部酒店ID, 这是卖家自己系统中的ID",
    });
    expect(paramAt(ir.request, "domestic")).toMatchObject({ default: "0", constraints: {} });
    // Indented by the push, with no limits of its own: still one plain row.
    expect(paramAt(ir.request, "city")).toMatchObject({ docType: "Number", required: true, example: "110100" });
    expect(ir.request).toHaveLength(14);
  });

  test("最大列表长度 on a `String []` row, and a whole 响应参数 section pushed right", () => {
    const ir = parsePage("tmall.alihouse.customer.clue.behavior.get");
    expect(paramAt(ir.request, "biz_ids")).toMatchObject({
      docType: "String []",
      type: "array",
      itemType: "string",
      example: "[1,2,3]",
      constraints: { maxListSize: 999 },
      description: "主键id列表",
    });
    expect(ir.response.map((p) => p.name)).toEqual(["result"]);
    expect(paramAt(ir.response, "result.data")).toMatchObject({ type: "array", itemType: "struct" });
  });

  test("默认值 with a colon in it, on a row whose description follows the list", () => {
    const ir = parsePage("taobao.items.onsale.get.tmall");
    expect(paramAt(ir.request, "order_by")).toMatchObject({ example: "list_time:desc", default: "list_time:desc" });
    expect(paramAt(ir.request, "page_size")?.default).toBe("40");
  });
});

describe("top-level rows (excerpts)", () => {
  test("examples that span tokens: a date with its time, JSON with spaces, a quoted phrase", () => {
    const ir = parse(
      excerpt({
        request: [
          "start_time Date 可选 2017-10-12 12:12:12 开始时间 (北京时间)",
          'ids Json 可选 {"a": 1, "b": [2, 3]} 两个 id',
          'word String 必须 "hello world" 关键词',
        ],
      }),
    );
    expect(paramAt(ir.request, "start_time")).toMatchObject({
      example: "2017-10-12 12:12:12",
      description: "开始时间 (北京时间)",
    });
    expect(paramAt(ir.request, "ids")).toMatchObject({ example: '{"a": 1, "b": [2, 3]}', description: "两个 id" });
    expect(paramAt(ir.request, "word")).toMatchObject({
      required: true,
      example: '"hello world"',
      description: "关键词",
    });
  });

  test("a lone cell that could be example or description is kept as the description, with a warning", () => {
    const ir = parse(excerpt({ request: ["q String 可选 N97", "cid Number 可选 1512", "on Boolean 可选 true"] }));
    expect(paramAt(ir.request, "q")).toMatchObject({ description: "N97" });
    expect(paramAt(ir.request, "q")?.example).toBeUndefined();
    expect(ir.warnings).toEqual([
      'request: q: cannot tell 示例值 from 描述 in "N97"; kept as the description (请求参数 line 12)',
    ]);
    expect(paramAt(ir.request, "cid")?.example).toBe("1512");
    expect(paramAt(ir.request, "on")?.example).toBe("true");
  });

  test("最大值 / 最小值 limits, and a row with limits but no description", () => {
    const ir = parse(
      excerpt({
        request: [
          "page_size Number 可选 40",
          "  • 最大值:200",
          "  • 最小值:1",
          "    page_no Number 可选 1",
          "  • 默认值:1",
        ],
      }),
    );
    expect(paramAt(ir.request, "page_size")).toMatchObject({
      constraints: { maxValue: 200, minValue: 1 },
      description: "",
    });
    expect(paramAt(ir.request, "page_no")).toMatchObject({ default: "1", example: "1" });
    expect(ir.warnings).toBeUndefined();
  });

  test("a line that is no row is read as the description wrapping, and reported", () => {
    const ir = parse(excerpt({ request: ["fields String 必须 tid 需返回的字段列表", "多个字段用半角逗号分隔"] }));
    expect(paramAt(ir.request, "fields")?.description).toBe("需返回的字段列表\n多个字段用半角逗号分隔");
    expect(ir.warnings?.[0]).toMatch(
      /^request: "多个字段用半角逗号分隔" is not a param row; read as more of fields's description \(请求参数 line 13\)$/,
    );
  });
});
