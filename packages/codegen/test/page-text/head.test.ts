import { describe, expect, test } from "vitest";
import { parsePageText } from "../../src/parse/index.js";
import { parsePage, seedText, shared } from "./support/corpus.js";
import { excerpt } from "./support/excerpt.js";

const headOf = (head: string[]) => parsePageText(excerpt({ head }), { file: "excerpt.txt" });

describe.skipIf(!shared)("page heads on real pages", () => {
  test("breadcrumb 文档中心 > API类目 > … gives the category", () => {
    expect(parsePage("alibaba.idle.isv.item.query")).toMatchObject({
      method: "alibaba.idle.isv.item.query",
      title: "服务商闲鱼商品查询",
      category: "闲鱼已验货",
      description: "服务商ISV闲鱼商品查询",
    });
  });

  test("a doc-tree breadcrumb (文档中心 > Dropshipping(已废弃)) names no category", () => {
    const ir = parsePage("aliexpress.ds.trade.order.get");
    expect(ir.method).toBe("aliexpress.ds.trade.order.get");
    expect(ir.category).toBeUndefined();
  });

  test("the 注意 banner alone is chrome; with a breadcrumb after it the crumb still counts", () => {
    expect(parsePage("alibaba.decoration.content.search")).toMatchObject({
      title: "内容搜索",
      description: "内容搜索",
    });
    expect(parsePage("alibaba.decoration.content.search").category).toBeUndefined();
    expect(parsePage("aliexpress.solution.order.get")).toMatchObject({
      category: "AE-Oversea-Solution",
      title: "get order list",
      description: "Get Order List from AliExpress",
    });
  });

  test("no breadcrumb at all: the method line opens the page", () => {
    const ir = parsePage("taobao.items.onsale.get.tmall");
    expect(ir).toMatchObject({
      method: "taobao.items.onsale.get.tmall",
      title: "获取当前会话天猫用户出售中的商品列表",
    });
    expect(ir.category).toBeUndefined();
  });
});

describe("page heads (excerpts)", () => {
  test("the seed's head", () => {
    const ir = parsePageText(seedText(), { file: "seed.txt" });
    expect(ir).toMatchObject({ title: "外投统计数据回流接口", category: "天猫好房用户API" });
  });

  test("titles in Chinese, English and Traditional Chinese, in ASCII or full-width parentheses", () => {
    expect(headOf(["taobao.demo.get (查询订单)"]).title).toBe("查询订单");
    expect(headOf(["aliexpress.demo.get (get order list)"]).title).toBe("get order list");
    expect(headOf(["taobao.demo.get（查詢訂單資訊）"]).title).toBe("查詢訂單資訊");
    expect(headOf(["taobao.demo.get (查询(新版))"]).title).toBe("查询(新版)");
  });

  test("a doc-tree crumb 文档中心 > API文档 > … names no category; the context's category is used", () => {
    const ir = parsePageText(excerpt({ head: ["文档中心 > API文档 > 交易API", "", "taobao.demo.get (示例)"] }), {
      file: "x.txt",
      category: "交易API (from catelog.json)",
    });
    expect(ir.category).toBe("交易API (from catelog.json)");
  });

  test("a multi-line description keeps its lines", () => {
    const ir = headOf([
      "注意:以下文档只适用于TOP接口,请谨慎使用!",
      "",
      "taobao.demo.get (示例)",
      "",
      "第一行说明",
      "",
      "第二行说明",
    ]);
    expect(ir.description).toBe("第一行说明\n第二行说明");
    expect(ir.category).toBeUndefined();
  });
});
