import { describe, expect, test } from "vitest";
import { categoriesOf, categoryIndex } from "../src/page/categories.js";
import { categoryKeys, categoryList, categoryLookupKey, queryWords, searchKeys } from "../src/search/search-keys.js";
import { tokenizeMixed } from "../src/search/tokenize.js";
import { irOf, irParam } from "./support/ir-builders.js";
import { seedIr } from "./support/seed.js";

describe("tokenizeMixed()", () => {
  test("splits Han runs into overlapping bigrams", () => {
    expect(tokenizeMixed("外投统计数据回流接口")).toEqual([
      "外投",
      "投统",
      "统计",
      "计数",
      "数据",
      "据回",
      "回流",
      "流接",
      "接口",
    ]);
  });

  test("keeps Latin words whole and splits on punctuation, so method and param names are words", () => {
    expect(tokenizeMixed("tmall.alihouse store_id 天猫API")).toEqual([
      "tmall",
      "alihouse",
      "store",
      "id",
      "天猫",
      "API",
    ]);
  });

  test("keeps a lone Han character", () => {
    expect(tokenizeMixed("类型 1.经纪人")).toEqual(["类型", "1", "经纪", "纪人"]);
  });
});

describe("search keys and query words: what the index holds and what the box asks for", () => {
  const other = irOf("taobao.trade.fullinfo.get", {
    title: "获取单笔交易的详细信息",
    category: "交易API",
    request: [
      irParam("tid", { type: "long", docType: "Number", description: "交易编号" }),
      irParam("seller_nick", { description: "卖家昵称" }),
    ],
  });
  const categoryOf = categoryIndex(categoriesOf([seedIr(), other]));
  const keysOf = (ir: ReturnType<typeof seedIr>) => searchKeys(ir, categoryOf(ir.method));
  const words = (text: string) => new Set(text.split(" "));

  test("an API's names: the method whole and by part, 中文名 and category bigrams", () => {
    const names = words(keysOf(other).names);
    for (const w of ["taobao.trade.fullinfo.get", "fullinfo", "trade", "交易", "详细", "信息", "API"]) {
      expect(names, w).toContain(w);
    }
  });

  test("param wire names whole and by part, request and response, nested ones included", () => {
    expect(words(keysOf(other).params)).toEqual(new Set(["tid", "seller_nick", "seller", "nick"]));
    expect(words(keysOf(seedIr()).params)).toEqual(
      new Set(["req", "type", "data", "result", "code", "msg", "success"]),
    );
  });

  test.each(["回流", "外投", "外投统计", "数据回流接口", "天猫好房"])(
    "every query word of %s is a word of the seed's keys",
    (q) => {
      const keys = words(keysOf(seedIr()).names);
      for (const w of queryWords(q).split(" ")) expect(keys, `${q} -> ${w}`).toContain(w);
    },
  );

  test("a category page's names are its name's bigrams", () => {
    expect(categoryKeys(categoryOf(other.method))).toBe("交易 API");
  });

  test("query words: Han runs as bigrams, anything else as typed", () => {
    expect(queryWords("  外投统计 seller_nick ")).toBe("外投 投统 统计 seller_nick");
    expect(queryWords("taobao.trade.get")).toBe("taobao.trade.get");
    expect(queryWords("   ")).toBe("");
  });
});

describe("the category list the search box pins categories by", () => {
  test("a category's name with or without API, in any case, spaced or full-width, is one key", () => {
    for (const q of ["酒店API", "酒店api", " 酒店 API ", "酒店", "酒店ＡＰＩ"])
      expect(categoryLookupKey(q), q).toBe("酒店");
    expect(categoryLookupKey("API")).toBe("");
    expect(categoryLookupKey("淘宝API接口")).toBe("淘宝api接口");
  });

  test("lists every named category's page under its key; names that share a key share the entry", () => {
    const cats = categoriesOf([
      irOf("a.x", { category: "酒店API" }),
      irOf("b.x", { category: "酒店API" }),
      irOf("c.x", { category: "酒店 api" }),
      irOf("d.x", { category: "API" }),
      irOf("e.x", { category: "constructor" }),
    ]);
    const list = categoryList(cats);
    expect(Object.keys(list).sort()).toEqual(["constructor", "酒店"]);
    const page = (name: string) => `/api/category/${cats.find((c) => c.name === name)!.anchor}.html`;
    expect(list["酒店"]).toEqual(
      expect.arrayContaining([
        { name: "酒店 api", url: page("酒店 api"), apis: 1 },
        { name: "酒店API", url: page("酒店API"), apis: 2 },
      ]),
    );
    expect(list["酒店"]).toHaveLength(2);
    expect(list.constructor).toEqual([{ name: "constructor", url: page("constructor"), apis: 1 }]);
  });
});
