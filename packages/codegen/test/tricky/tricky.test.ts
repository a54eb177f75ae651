import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ApiIr, serializeIr } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { emitAll, emitApiModule } from "../../src/emit/emit-all.js";
import { emitPublishedApi } from "../../src/emit/published.js";
import { writeTreeAtomic } from "../../src/fs/write-tree.js";
import { parseDocJson } from "../../src/parse/index.js";
import { runTsc, writeProjectFiles } from "../catalogue/typecheck.js";
import { expectGolden } from "../support/golden.js";
import { excerpts } from "./excerpts.js";
import { paramAt } from "./find-param.js";
import { hostileDoc } from "./hostile.js";

const irOf = (name: string): ApiIr => {
  const excerpt = excerpts[name]!;
  return parseDocJson(JSON.stringify(excerpt.doc, null, 2), { file: excerpt.source });
};
const moduleOf = (name: string) => emitApiModule(irOf(name));
const warningsOf = (name: string) => irOf(name).warnings ?? [];

describe("tricky corpus docs: golden IR and module for each", () => {
  for (const name of Object.keys(excerpts)) {
    test(name, () => {
      const ir = irOf(name);
      expectGolden(`tricky/${name}.ir.json`, serializeIr(ir));
      expectGolden(`tricky/${name}.module.ts`, emitApiModule(ir));
      // The published shape: field tables (the .cjs repeats them) and the declarations with JSDoc.
      const published = emitPublishedApi(ir);
      expectGolden(`tricky/${name}.published.mjs`, published.mjs);
      expectGolden(`tricky/${name}.published.d.mts`, published.dmts);
    });
  }
});

describe("type spellings", () => {
  test("scalars and scalar lists of the response side; byte is a small integer", () => {
    const ir = irOf("scalar-spellings");
    const at = (p: string) => paramAt(ir, `response:result.${p}`);
    expect(at("ext_map")).toMatchObject({ docType: "Json", type: "json" });
    expect(at("model_list.is_has_seat")).toMatchObject({ docType: "byte", type: "long" });
    expect(at("model_list.trader_id_list")).toMatchObject({ type: "array", itemType: "long" });
    expect(at("model_list.trader_name_list")).toMatchObject({ type: "array", itemType: "string" });
    expect(at("model_list.perform_info_list.end_time")).toMatchObject({ type: "date" });
    expect(at("model_list.perform_info_list.sub_perform_list")).toMatchObject({ type: "array", itemType: "json" });
  });

  test("byte[][] and null[] name no item type: unknown, with a warning", () => {
    const ir = irOf("scalar-spellings");
    expect(paramAt(ir, "response:result.model_list.perform_info_list.weekly_list").type).toBe("unknown");
    expect(paramAt(irOf("byte-lists"), "request:goods_d_t_o_list.img_data").type).toBe("unknown");
    expect(warningsOf("byte-lists")).toEqual([
      'request: goods_d_t_o_list.img_data: type "byte[][]" names no item type; typed as unknown (sent as JSON text)',
    ]);
    expect(warningsOf("untyped")).toContain(
      'request: cnsku.cnsku_extend_d_t_o.cnsku_sn_sample_d_t_o_list: type "null[]" names no item type; typed as unknown (sent as JSON text)',
    );
  });

  test("a missing type is unknown, with a warning; `String []` is a string list", () => {
    const ir = irOf("untyped");
    expect(paramAt(ir, "request:cnsku.update_feature_map")).toMatchObject({ docType: "", type: "unknown" });
    expect(warningsOf("untyped")).toContain(
      "request: cnsku.update_feature_map: no type given; typed as unknown (sent as JSON text)",
    );
    expect(paramAt(ir, "response:error_messages")).toMatchObject({ type: "array", itemType: "string" });
  });

  test("a struct given without nested params is a JSON value, with a warning", () => {
    const ir = irOf("struct-without-fields");
    expect(paramAt(ir, "request:client_info")).toMatchObject({ docType: "RichClientInfo", type: "json" });
    expect(ir.warnings).toContain(
      'request: client_info: struct "RichClientInfo" is given without nested params; typed as a JSON value',
    );
    expect(moduleOf("struct-without-fields")).toContain("setClientInfo(value: unknown): this");
  });

  test("a scalar type name with nested params (Text, Money) is a struct of that name, with a warning", () => {
    expect(paramAt(irOf("scalar-named-struct"), "request:text")).toMatchObject({ type: "struct", structName: "Text" });
    expect(warningsOf("scalar-named-struct")).toEqual([
      'request: text: type "Text" names a scalar, but the doc nests params under it; read as a struct',
    ]);
    const freight = paramAt(
      irOf("money-struct"),
      "response:result.aeop_freight_calculate_result_for_buyer_d_t_o_list.freight",
    );
    expect(freight).toMatchObject({ type: "struct", structName: "Money" });
    expect(freight.children.find((c) => c.name === "amount")).toMatchObject({ docType: "BigDecimal", type: "price" });
    expect(moduleOf("money-struct")).toContain("export class Money extends TopStruct");
  });

  test("request-side lists, maps and files take the wire-friendly forms", () => {
    const lists = moduleOf("request-lists");
    expect(lists).toContain("setHierarchy(value: boolean[] | string): this");
    expect(lists).toContain("setGrade(value: (bigint | number | string)[] | string): this");
    expect(moduleOf("request-map")).toContain("setExtendProps(value: { [key: string]: string }): this");
    const file = moduleOf("request-file");
    expect(file).toContain("setImageFileBytes(value: FileItem): this");
    expect(file).toMatch(/import \{[^}]*type FileItem/);
  });
});

describe("names", () => {
  test("a method that gives no Java identifier is made one deterministically, and the IR says so", () => {
    const ir = irOf("method-name");
    expect(ir.javaNames).toEqual({
      request: "AccountAliyuncsComGetPubKey20130701Request",
      response: "AccountAliyuncsComGetPubKey20130701Response",
      responseKey: "account_aliyuncs_com_GetPubKey_2013-07-01_response",
    });
    expect(ir.warnings).toEqual([
      'method: "account.aliyuncs.com.GetPubKey.2013-07-01" gives no Java identifier; its classes are named AccountAliyuncsComGetPubKey20130701Request/Response',
    ]);
  });

  test("upper-first wire names keep their case; an accessor that clashes with an inherited one gets `_`", () => {
    const module = moduleOf("method-name");
    expect(module).toContain("setOwnerAppkey(value: string): this");
    expect(module).toContain("declare RequestId?: string;");
    expect(module).toContain("getRequestId_(): string | undefined");
    expect(module).not.toMatch(/ getRequestId\(\)/);
  });

  test("a response field spelled requestId is the envelope's requestId too (same Java field name)", () => {
    const module = moduleOf("response-request-id");
    expect(module).toContain('{ name: "requestId", field: "requestId", type: "string" }');
    expect(module).not.toMatch(/declare requestId/);
    expect(module).not.toMatch(/getRequestId/);
  });

  test("a response field request_id is the envelope's requestId: declared once, by the base class", () => {
    const module = moduleOf("envelope-request-id");
    expect(module).toContain('{ name: "request_id", field: "requestId", type: "string" }');
    expect(module).not.toMatch(/declare requestId/);
    expect(module).not.toMatch(/getRequestId/);
  });

  test("wire names that are reserved words or common members give valid members", () => {
    expect(moduleOf("reserved-words")).toContain("declare delete?: boolean;");
    expect(moduleOf("reserved-words")).toContain("setDelete(value: boolean): this");
    const response = moduleOf("reserved-words-response");
    for (const m of ["declare length?: bigint;", "declare type?: string;", "declare name?: string;"]) {
      expect(response).toContain(m);
    }
    expect(moduleOf("reserved-words-nested")).toContain("declare in?: Date | string;");
  });

  test("one struct name used for two shapes: the first keeps it, the later one gets its parent's name", () => {
    const ir = irOf("struct-rename");
    const req = "request:param_waybill_cloud_print_update_request";
    expect(paramAt(ir, `${req}.recipient`)).toMatchObject({ structName: "UserInfoDto" });
    expect(paramAt(ir, `${req}.sender`)).toMatchObject({
      structName: "SenderUserInfoDto",
      docStructName: "UserInfoDto",
    });
    expect(ir.warnings).toEqual([
      "request: param_waybill_cloud_print_update_request.sender: struct UserInfoDto has another shape elsewhere in this API; named SenderUserInfoDto",
    ]);
  });

  test("a param list repeating a wire name keeps the first and warns; the same name in another list is fine", () => {
    const ir = irOf("repeated-wire");
    expect(paramAt(ir, "request:request").children.filter((c) => c.name === "remark")).toHaveLength(1);
    expect(paramAt(ir, "request:request.items.remark").type).toBe("string");
    expect(ir.warnings).toEqual(["request: request.remark: repeated in the doc; the first one is kept"]);
    expect(irOf("repeated-wire-response").response.map((p) => p.name)).toEqual(["result"]);
  });
});

describe("the emitted tricky cases typecheck", () => {
  const dir = fileURLToPath(new URL("../.tmp/tricky", import.meta.url));

  test("tsc --noEmit over all of them and a hostile doc: 0 errors", async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const hostile = parseDocJson(JSON.stringify(hostileDoc), { file: "hostile.json" });
    const irs = [...Object.keys(excerpts).map(irOf), hostile];
    writeTreeAtomic(join(dir, "src"), emitAll(irs, { runtime: "@topkit/sdk" }));
    writeProjectFiles(dir, "src/**/*.ts");
    const result = await runTsc(dir, 120_000);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
  }, 130_000);

  test("their published declarations (.d.mts, .d.cts), checked as sources against @topkit/sdk: 0 errors", async () => {
    const published = join(dir, "published");
    rmSync(published, { recursive: true, force: true });
    const hostile = parseDocJson(JSON.stringify(hostileDoc), { file: "hostile.json" });
    const files = new Map<string, string>();
    for (const ir of [...Object.keys(excerpts).map(irOf), hostile]) {
      const f = emitPublishedApi(ir);
      // As .mts/.cts sources, since skipLibCheck would skip declaration files; `declare` makes them valid either way.
      files.set(`${ir.method}.mts`, f.dmts);
      files.set(`${ir.method}.cts`, f.dcts);
    }
    writeTreeAtomic(join(published, "src"), files);
    writeProjectFiles(published, "src/**/*");
    const result = await runTsc(published, 120_000);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
  }, 130_000);

  test("the typecheck harness does report a type error (so 0 means something)", async () => {
    const broken = join(dir, "broken");
    rmSync(broken, { recursive: true, force: true });
    const ir = irOf("request-lists");
    const module = emitApiModule(ir, { runtime: "@topkit/sdk" }).replace(
      "return this.$set(",
      "const wrong: number = 'text';\n    return this.$set(",
    );
    writeTreeAtomic(join(broken, "src"), new Map([["api.ts", module]]));
    writeProjectFiles(broken, "src/**/*.ts");
    const result = await runTsc(broken, 120_000);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]).toMatch(/error TS2322/);
  }, 130_000);
});
