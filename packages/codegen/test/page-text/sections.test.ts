import { describe, expect, test } from "vitest";
import { InputError, parsePageText } from "../../src/parse/index.js";
import { corpusPages, pageMeta, pageText, parsePage, shared } from "./support/corpus.js";
import { excerpt } from "./support/excerpt.js";

function refusal(text: string, file = "page.txt", allowIncomplete = false): string {
  try {
    parsePageText(text, { file, allowIncomplete });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error("expected a refusal");
}

describe.skipIf(!shared)("cut pages and unsupported layouts (real pages)", () => {
  const stopsInside: Record<string, string> = {
    "alibaba.decoration.content.search": "请求参数",
    "alibaba.idle.isv.item.query": "响应参数",
    "alibaba.idle.new.house.item.add": "请求参数",
    "aliexpress.ds.trade.order.get": "请求示例",
    "aliexpress.solution.order.get": "请求参数",
    "taobao.items.onsale.get.tmall": "请求参数",
    "taobao.picture.qnaigc.upload": "响应参数",
    "taobao.xhotel.house.add": "请求参数",
    "tmall.alihouse.customer.clue.behavior.get": "响应参数",
    "tmall.alihouse.customer.laike.data.back": "响应示例",
  };

  test("every cut page is refused, naming the section it stops in", () => {
    const cut = corpusPages().filter((p) => !pageMeta(p).complete && p !== "taobao.trade.get");
    expect(cut.sort()).toEqual(Object.keys(stopsInside).sort());
    for (const name of cut) {
      expect(refusal(pageText(name), `${name}.txt`)).toBe(`${name}.txt: incomplete: stops inside ${stopsInside[name]}`);
    }
  });

  test("with allowIncomplete a cut page gives what was read, marked incomplete", () => {
    const ir = parsePage("tmall.alihouse.customer.laike.data.back");
    expect(ir.incomplete).toBe(true);
    expect(ir.samples.responseXml).toMatch(/<\/tmall_alihouse_customer_laike_data_back_response>$/);
  });

  test("the pipe-table rendering is refused", () => {
    expect(refusal(pageText("taobao.trade.get"), "taobao.trade.get.txt")).toBe(
      "taobao.trade.get.txt: unsupported layout: pipe table",
    );
  });
});

describe("sections (excerpts)", () => {
  test("a page with no method name is refused, naming what is missing", () => {
    const text = excerpt({ head: ["文档中心 > API类目 > 天猫好房用户API", "", "外投统计数据回流接口"] });
    expect(refusal(text)).toBe(
      'page.txt: no method name: expected a line like "taobao.trade.get (获取单笔交易的部分信息)" before 公共参数',
    );
    expect(refusal("hello\nworld")).toMatch(/^page\.txt: no method name and none of the sections of a TOP doc page/);
  });

  test("a page cut in its head, and one cut inside 响应参数", () => {
    expect(refusal("文档中心 > API类目 > X\n\ntaobao.demo.get (示例)\n\n示例")).toBe(
      "page.txt: incomplete: stops inside the page head",
    );
    expect(refusal(excerpt({ response: ["result Result 响应"], cutAfter: "响应参数" }))).toBe(
      "page.txt: incomplete: stops inside 响应参数",
    );
  });

  test("empty 请求参数: a header and no rows gives no params and no warning", () => {
    const ir = parsePageText(excerpt({ request: [], response: ["is_success Boolean true 是否成功"] }), {
      file: "x.txt",
    });
    expect(ir.request).toEqual([]);
    expect(ir.response.map((p) => p.name)).toEqual(["is_success"]);
    expect(ir.warnings).toBeUndefined();
  });

  test("a non-empty 错误码解释: one row per code, wrapped text joined, doubts reported", () => {
    const ir = parsePageText(
      excerpt({
        errorCodes: [
          "isv.invalid-parameter 参数错误 请检查参数",
          "430005 Payment total amount is wrong",
          "The reason may be that shipment_fee is not the latest see https://example.invalid/doc",
          "isp.top-remote-connection-timeout 远程服务超时",
        ],
      }),
      { file: "x.txt" },
    );
    expect(ir.errorCodes).toEqual([
      { code: "isv.invalid-parameter", message: "参数错误", solution: "请检查参数" },
      {
        code: "430005",
        message:
          "Payment total amount is wrong The reason may be that shipment_fee is not the latest see https://example.invalid/doc",
      },
      { code: "isp.top-remote-connection-timeout", message: "远程服务超时" },
    ]);
    expect(ir.warnings).toEqual([
      "错误码解释 line 34: 430005: cannot tell 错误描述 from 解决方案; both kept as the message",
    ]);
  });
});
