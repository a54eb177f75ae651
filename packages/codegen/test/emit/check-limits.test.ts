import { readFileSync } from "node:fs";
import { ApiRuleError, FileItem, type TopRequest } from "@topkit/sdk";
import { parseIr } from "@topkit/sdk/ir";
import { beforeAll, describe, expect, test } from "vitest";
import { emitAndLoad } from "../support/emit-and-load.js";

const ir = parseIr(JSON.parse(readFileSync(new URL("../fixtures/limits.ir.json", import.meta.url), "utf8")));
type Req = TopRequest & Record<string, unknown>;
let Request: new (init?: object) => Req;

beforeAll(async () => {
  const mod = await emitAndLoad(ir, "limits");
  Request = mod.TopkitFixtureLimitsCheckRequest as typeof Request;
});

const valid = () => ({
  title: "ok",
  tags: ["a", "b"],
  pageSize: 20,
  ratio: 0.5,
  items: [{ skuId: 1n, name: "abc", count: 2, codes: ["x"] }],
  info: { note: "hey", deep: { level: 3 } },
});

/** The ApiRuleError that check() throws for `init`, or undefined when it passes. */
function ruleError(init: object): ApiRuleError | undefined {
  try {
    new Request(init).check();
    return undefined;
  } catch (e) {
    if (e instanceof ApiRuleError) return e;
    throw e;
  }
}

describe("check(): codes 40/41 and param paths from a hand-written IR with every limit kind", () => {
  test("a request within every limit passes", () => {
    expect(ruleError(valid())).toBeUndefined();
  });

  test.each([
    ["missing required top-level param", { title: undefined }, "40", "title"],
    ["blank required text counts as missing", { title: "  " }, "40", "title"],
    ["maxLength", { title: "01234567890" }, "41", "title"],
    ["maxListSize of an array", { tags: ["a", "b", "c", "d"] }, "41", "tags"],
    ["maxListSize of comma-joined text", { tags: "a,b,c,d" }, "41", "tags"],
    ["minValue", { pageSize: 0 }, "41", "page_size"],
    ["maxValue", { pageSize: 101 }, "41", "page_size"],
    ["maxValue with a 64-bit bigint", { pageSize: 2n ** 63n }, "41", "page_size"],
    ["not an integer", { pageSize: "twenty" }, "41", "page_size"],
    ["double minValue", { ratio: -0.1 }, "41", "ratio"],
    ["double maxValue", { ratio: 1.5 }, "41", "ratio"],
    ["missing required struct", { info: undefined }, "40", "info"],
    ["missing required nested field", { info: { deep: { level: 1 } } }, "40", "info.note"],
    ["nested maxLength", { info: { note: "longer" } }, "41", "info.note"],
    ["missing required field two levels down", { info: { note: "a", deep: {} } }, "40", "info.deep.level"],
    ["nested maxValue two levels down", { info: { note: "a", deep: { level: 4 } } }, "41", "info.deep.level"],
    ["struct array maxListSize", { items: [{ skuId: 1 }, { skuId: 2 }, { skuId: 3 }] }, "41", "items"],
    ["required field in the second item", { items: [{ skuId: 1 }, { name: "b" }] }, "40", "items[1].sku_id"],
    ["maxLength in an item", { items: [{ skuId: 1, name: "toolong" }] }, "41", "items[0].name"],
    ["minValue in an item", { items: [{ skuId: 1, count: 0 }] }, "41", "items[0].count"],
    ["maxListSize of a list in an item", { items: [{ skuId: 1, codes: ["a", "b", "c"] }] }, "41", "items[0].codes"],
  ])("%s -> %s at %s", (_name, change, code, path) => {
    const error = ruleError({ ...valid(), ...change });
    expect(error, "check() should have thrown").toBeInstanceOf(ApiRuleError);
    expect({ code: error!.errorCode, param: error!.param }).toEqual({ code, param: path });
    expect(error!.message).toContain(`${path}:`);
  });

  test("a file larger than maxLength bytes is 41 at `file`", () => {
    const big = FileItem.fromBytes(new Uint8Array(11), "a.bin");
    expect(ruleError({ ...valid(), file: big })).toMatchObject({ errorCode: "41", param: "file" });
    const small = FileItem.fromBytes(new Uint8Array(10), "a.bin");
    expect(ruleError({ ...valid(), file: small })).toBeUndefined();
  });

  test("text params of a valid request: lists comma-joined, GMT+8 dates, struct JSON with exact 64-bit digits", () => {
    const req = new Request({
      ...valid(),
      when: new Date(Date.UTC(2024, 4, 1, 0, 30)),
      items: [{ skuId: 2940328723781049652n, name: "abc" }],
    });
    expect(req.getTextParams()).toEqual({
      title: "ok",
      tags: "a,b",
      page_size: "20",
      ratio: "0.5",
      when: "2024-05-01 08:30:00",
      items: '[{"sku_id":2940328723781049652,"name":"abc"}]',
      info: '{"note":"hey","deep":{"level":3}}',
    });
  });
});
