import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serializeIr } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { emitApiModule } from "../src/emit/emit-all.js";
import { emitPublishedApi } from "../src/emit/published.js";
import { parseDoc } from "../src/parse/index.js";
import { expectGolden } from "./support/golden.js";

const METHOD = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const seedFile = fileURLToPath(new URL(`../../sdk/top-docs/${METHOD}.txt`, import.meta.url));
const seedIr = () => parseDoc(readFileSync(seedFile, "utf8"), { file: seedFile, docId: 62170 });

describe("seed page, end to end", () => {
  test("parses into the golden IR", () => {
    expectGolden("seed.ir.json", serializeIr(seedIr()));
  });

  test("emits the golden module", () => {
    expectGolden("seed.module.ts", emitApiModule(seedIr()));
  });

  test("emits the golden published files: .mjs/.cjs tables and .d.mts/.d.cts declarations", () => {
    const published = emitPublishedApi(seedIr());
    expectGolden("seed.published.mjs", published.mjs);
    expectGolden("seed.published.cjs", published.cjs);
    expectGolden("seed.published.d.mts", published.dmts);
    expectGolden("seed.published.d.cts", published.dcts);
  });

  test("reads the page's facts: category, title, session, struct tree, samples", () => {
    const ir = seedIr();
    expect(ir).toMatchObject({
      method: METHOD,
      title: "外投统计数据回流接口",
      category: "天猫好房用户API",
      needsSession: true,
      javaNames: {
        request: "TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest",
        response: "TmallAlihouseCustomerClueOutInvestTotalDataBackFlowResponse",
        responseKey: "tmall_alihouse_customer_clue_out_invest_total_data_back_flow_response",
      },
    });
    expect(ir.warnings).toBeUndefined();
    const [req] = ir.request;
    expect(req).toMatchObject({ name: "req", type: "struct", structName: "CustomerClueOutInvestDataBackFlowReq" });
    expect(req!.children.map((c) => [c.name, c.type, c.required, c.example?.slice(0, 8)])).toEqual([
      ["type", "long", true, "1"],
      ["data", "string", true, '[{"id":6'],
    ]);
    const [result] = ir.response;
    expect(result).toMatchObject({ name: "result", type: "struct", structName: "Result" });
    expect(result!.children.map((c) => c.name)).toEqual(["code", "msg", "success"]);
    expect(ir.samples.responseXml).toMatch(/^<tmall_alihouse_customer_clue_out_invest_total_data_back_flow_response>/);
    expect(ir.samples.errorXml).toContain("<sub_code>isv.invalid-parameter</sub_code>");
    expect(ir.samples.requestJava).toContain("client.execute(req, sessionKey)");
    expect(ir.errorCodes).toEqual([]);
  });
});
