import MiniSearch from "minisearch";
import { describe, expect, test } from "vitest";
import { categoriesOf, categoryIndex } from "../src/page/categories.js";
import { apiSearchSections } from "../src/search/api-sections.js";
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

  test("survives being shipped as source text, as VitePress ships it to the browser", () => {
    const rebuilt = new Function(`return ${tokenizeMixed.toString()}`)() as typeof tokenizeMixed;
    expect(rebuilt("外投统计 tmall.x")).toEqual(tokenizeMixed("外投统计 tmall.x"));
  });
});

describe("the search index, with the site's options", () => {
  const other = irOf("taobao.trade.fullinfo.get", {
    title: "获取单笔交易的详细信息",
    category: "交易API",
    request: [irParam("tid", { type: "long", docType: "Number", description: "交易编号" })],
  });
  const irs = [seedIr(), other];
  const categoryOf = categoryIndex(categoriesOf(irs));
  const index = new MiniSearch<{ id: string; title: string; titles: string[]; text: string }>({
    fields: ["title", "titles", "text"],
    storeFields: ["title"],
    tokenize: tokenizeMixed,
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: "AND" },
  });
  for (const ir of irs) {
    apiSearchSections(ir, categoryOf(ir.method)).forEach((s, i) => {
      index.add({
        id: `${ir.method}#${s.anchor ?? i}`,
        title: s.titles.at(-1)!,
        titles: s.titles.slice(0, -1),
        text: s.text,
      });
    });
  }
  const methodsFor = (q: string) => [...new Set(index.search(q).map((r) => String(r.id).split("#")[0]))];

  test.each(["回流", "外投", "外投统计", "数据回流接口", "天猫好房"])(
    "finds the seed by %s, and only the seed",
    (q) => {
      expect(methodsFor(q)).toEqual([seedIr().method]);
    },
  );

  test("finds an API by its method name and by a param name", () => {
    expect(methodsFor("tmall.alihouse.customer.clue.out.invest.total.data.back.flow")).toEqual([seedIr().method]);
    expect(methodsFor("taobao.trade.fullinfo.get")).toEqual([other.method]);
    expect(methodsFor("tid")).toEqual([other.method]);
    expect(methodsFor("交易编号")).toEqual([other.method]);
  });

  test("finds nothing for words no API holds", () => {
    expect(methodsFor("物流")).toEqual([]);
  });
});
