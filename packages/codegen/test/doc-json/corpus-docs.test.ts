import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { sharedOrNotice } from "../../../../test-support/shared.js";
import { parseDocJson } from "../../src/parse/index.js";
import { param, paramAt } from "../support/ir-find.js";

const shared = sharedOrNotice();
/** Parses a top-metadata doc with the category its catelog.json names, as `parse <dir>` would. */
const read = (path: string) => {
  const file = join(shared!, "corpus", "top-metadata", path);
  const category = (JSON.parse(readFileSync(join(dirname(file), "catelog.json"), "utf8")) as { name: string }).name;
  return parseDocJson(readFileSync(file, "utf8"), { file, category });
};

describe.skipIf(!shared)("doc JSON, top-metadata projection (ten varied docs)", () => {
  test("deep nesting: struct arrays four levels down keep their names and paths", () => {
    const ir = read("aesolution/aliexpress_solution_batch_product_price_update.json");
    expect(ir.docId).toBe(45140);
    expect(param(ir, "request:mutiple_product_update_list")).toMatchObject({
      type: "array",
      itemType: "struct",
      structName: "SynchronizeProductRequestDto",
      required: true,
      constraints: { maxListSize: 20 },
    });
    const deepest = "request:mutiple_product_update_list.multi_country_price_configuration.country_price_list";
    expect(param(ir, `${deepest}.sku_price_by_country_list`)).toMatchObject({
      structName: "SingleSkuPriceByCountryDto",
    });
    expect(param(ir, `${deepest}.sku_price_by_country_list.discount_price`)).toMatchObject({
      field: "discountPrice",
      type: "string",
    });
  });

  test("`X []` with a space is a struct array; two uses of one shape share the struct name", () => {
    const ir = read("aesolution/aliexpress_solution_batch_product_price_update.json");
    const failed = param(ir, "response:update_failed_list");
    expect(failed).toMatchObject({ docType: "SynchronizeProductResponseDto []", type: "array", itemType: "struct" });
    // Same doc name, different shape (3 fields vs 1): the second is renamed by the rule and keeps the doc name.
    expect(param(ir, "response:update_successful_list")).toMatchObject({
      structName: "UpdateSuccessfulListSynchronizeProductResponseDto",
      docStructName: "SynchronizeProductResponseDto",
    });
    expect(ir.warnings?.some((w) => w.includes("update_successful_list"))).toBe(true);
  });

  test("Date fields and String[] inside a struct array", () => {
    const ir = read("admarket/yunos_admarket_material_audit.json");
    expect(ir.category).toBe("ALIOS广告平台");
    expect(param(ir, "request:ssp_material_audit_result.exclude_devices.start_time")).toMatchObject({ type: "date" });
    expect(param(ir, "request:ssp_material_audit_result.exclude_devices.device_ids")).toMatchObject({
      type: "array",
      itemType: "string",
    });
  });

  test("byte[] is a file param; Json is a JSON value", () => {
    const ir = read("aiar/alibaba_ai_ar_open_platform_detect.json");
    expect(ir.category).toBe("AILAB图像算法API");
    expect(param(ir, "request:img_data")).toMatchObject({ docType: "byte[]", type: "file", field: "imgData" });
    expect(param(ir, "request:device_info")).toMatchObject({ type: "json" });
    expect(param(ir, "response:result")).toMatchObject({ type: "json" });
  });

  test("Date nested two levels deep, required flags", () => {
    const ir = read("aesolution/aliexpress_solution_issue_partner_rma_reverselogistic_state_update.json");
    const state = "request:logistic_order_state_update_request.rma_logistic_order_state";
    expect(param(ir, `${state}.state_date`)).toMatchObject({ type: "date", required: true });
    expect(param(ir, `${state}.order_state_detail`)).toMatchObject({ required: false });
  });

  test("a struct named Price (with nested params) stays a struct, not the Price scalar", () => {
    const ir = read("aliexpresssumaitong/aliexpress_trade_order_open_check.json");
    expect(param(ir, "request:param_pre_create_order_request.items.price")).toMatchObject({
      docType: "Price",
      type: "struct",
      structName: "Price",
    });
    expect(param(ir, "request:param_pre_create_order_request.items.price.item_price")).toMatchObject({
      field: "itemPrice",
    });
  });

  test("`String []` scalar list and Number params", () => {
    const ir = read("car/alitrip_travel_crsorder_search.json");
    expect(param(ir, "response:order_string_list")).toMatchObject({ type: "array", itemType: "string" });
    expect(param(ir, "request:crs_order_status")).toMatchObject({ type: "long", required: true });
    expect(param(ir, "request:begin_car_use_time")).toMatchObject({ type: "date" });
  });

  test("Number[] with maxListSize", () => {
    const ir = read("aesolution/aliexpress_solution_batch_product_delete.json");
    expect(param(ir, "request:product_ids")).toMatchObject({
      type: "array",
      itemType: "long",
      constraints: { maxListSize: 100 },
    });
  });

  test("Money struct with a BigDecimal amount; d_t_o wire names camelCase like Java", () => {
    const ir = read("aedropshiper/aliexpress_logistics_buyer_freight_calculate.json");
    expect(param(ir, "request:param_aeop_freight_calculate_for_buyer_d_t_o")).toMatchObject({
      field: "paramAeopFreightCalculateForBuyerDTO",
    });
    const freight = "response:result.aeop_freight_calculate_result_for_buyer_d_t_o_list.freight";
    expect(param(ir, freight)).toMatchObject({ type: "struct", structName: "Money" });
    expect(param(ir, `${freight}.amount`)).toMatchObject({ docType: "BigDecimal", type: "price" });
  });

  test("minValue and maxValue limits", () => {
    const ir = read("alihealth2/taobao_drug_shop_list.json");
    expect(param(ir, "request:page_size")).toMatchObject({ constraints: { minValue: 1, maxValue: 20 } });
    expect(param(ir, "request:page")).toMatchObject({ constraints: { minValue: 1 } });
  });

  test("QIMEN doc: camelCase wire names, Map, struct array in the response", () => {
    const ir = read("qimen/taobao_qimen_combineitem_query.json");
    expect(ir.javaNames.request).toBe("QimenCombineitemQueryRequest");
    expect(param(ir, "request:request.extendProps")).toMatchObject({ type: "map", field: "extendProps" });
    expect(param(ir, "response:response.combItems")).toMatchObject({ type: "array", structName: "CombItem" });
    expect(paramAt(ir, "response:response.combItems.count")).toMatchObject({ required: true });
  });
});
