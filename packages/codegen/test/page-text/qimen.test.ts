import { describe, expect, test } from "vitest";
import { parsePageText } from "../../src/parse/index.js";
import { stripGutter } from "../../src/parse/page-text/line-gutter.js";
import { paramAt, parsePage, shared } from "./support/corpus.js";

/** The QIMEN page's layout (copied from qimen.tmall.alihouse.clue.intention.info.push), with its samples swappable. */
function qimenPage(responseSample: string[]): string {
  return [
    "文档中心 > API类目 > 天猫好房集成API",
    "",
    "qimen.tmall.alihouse.clue.intention.info.push (新房业务留资意向通知奇门接口)",
    "",
    "公共参数",
    "",
    "请求参数",
    "",
    "名称 类型 是否必须 示例值 更多限制 描述",
    "clueInfo ClueInfo 必须 留资信息",
    "  • └ merchantId",
    "  • String",
    "  • 可选",
    "  • saqtdff12345",
    "  • 归属商户code",
    "",
    "响应参数",
    "",
    "名称 类型 示例值 描述",
    "status String 1 状态 0-失败 1-成功",
    "",
    "请求示例",
    "",
    '{"clueInfo":{"merchantId":"saqtdff12345"}}',
    "",
    "响应示例",
    "",
    ...responseSample,
    "",
    "验签示例",
    "",
    '{"qmCode":"sign-check-failure","qmMsg":"Illegal request","status":"不等于1"}',
    "",
    "错误码解释",
    "",
    "错误码 错误描述 解决方案",
    "",
    "API工具",
    "",
    "FAQ",
    "",
    "返回",
    "顶部",
  ].join("\n");
}

const bareJson = ["{", '    "status":"1"', "}"];

describe.skipIf(!shared)("QIMEN page (real)", () => {
  test("bare JSON samples, 验签示例 as the error sample, camelCase params, no Java sample, no warnings", () => {
    const ir = parsePage("qimen.tmall.alihouse.clue.intention.info.push", false);
    expect(ir.request.map((p) => [p.name, p.field])).toEqual([
      ["id", "id"],
      ["type", "type"],
      ["merchantId", "merchantId"],
    ]);
    expect(ir.response.map((p) => p.name)).toEqual(["status", "qmMsg", "qmCode", "data"]);
    expect(ir.samples.responseJson).toBe(
      '{\n    "status":"1",\n    "qmMsg":"success",\n    "qmCode":"200",\n    "data":true\n}',
    );
    expect(ir.samples.errorJson).toBe('{"qmCode":"sign-check-failure","qmMsg":"Illegal request","status":"不等于1"}');
    expect(ir.samples.requestJava).toBeUndefined();
    expect(ir.needsSession).toBe(false);
    expect(ir.warnings).toBeUndefined();
  });
});

describe("QIMEN samples (excerpts)", () => {
  test("a JSON sample with a line-number gutter is the same sample without it", () => {
    const plain = parsePageText(qimenPage(bareJson), { file: "q.txt" });
    const ownLines = parsePageText(qimenPage(["1", "2", "3", ...bareJson]), { file: "q.txt" });
    const oneLine = parsePageText(qimenPage(["1 2 3", ...bareJson]), { file: "q.txt" });
    const prefixed = parsePageText(qimenPage(bareJson.map((l, i) => `${i + 1} ${l}`)), { file: "q.txt" });
    expect(plain.samples.responseJson).toBe('{\n    "status":"1"\n}');
    for (const ir of [ownLines, oneLine, prefixed]) expect(ir.samples.responseJson).toBe(plain.samples.responseJson);
  });

  test("the bare JSON request sample settles a nested field's struct like the Java sample would", () => {
    const ir = parsePageText(qimenPage(bareJson), { file: "q.txt" });
    expect(paramAt(ir.request, "clueInfo.merchantId")).toMatchObject({ example: "saqtdff12345" });
    expect(ir.warnings).toBeUndefined();
  });

  test("numbers that do not count 1, 2, 3 … are code, not a gutter", () => {
    expect(stripGutter(["2", "3", "{}"])).toEqual(["2", "3", "{}"]);
    expect(stripGutter(['1 {"a":1}'])).toEqual(['1 {"a":1}']);
  });
});
