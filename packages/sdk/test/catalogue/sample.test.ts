import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DefaultTaobaoClient } from "../../src/client/index.js";
import { bundledIrOf, classMembers, exampleInit, type IrParam } from "../../src/ir/index.js";
import { apis, load, methods } from "../../src/registry/index.js";
import { FileItem, TopRequest, TopResponse } from "../../src/runtime/index.js";
import { createLocalGateway } from "../../src/testing/index.js";
import type { LocalGateway } from "../../src/testing/types.js";

/**
 * Issue 12's proof over the generated catalogue: every API is listed, and a seeded random sample of 200 imports,
 * builds from its IR, passes `check()` and gets a typed success from the local gateway.
 * The seed is printed; set TOPKIT_SAMPLE_SEED to replay a run.
 */
const SEED = Number(process.env.TOPKIT_SAMPLE_SEED ?? Date.now() % 1_000_000);
const SAMPLE = Number(process.env.TOPKIT_SAMPLE_SIZE ?? 200);
const APP_KEY = "12345678";
const SECRET = "catalogue-sample-secret";
const SESSION = "6100e23657fb0b2d0c78568e55a3031134be9a3a5d4b3a02";

/** mulberry32: a small seeded PRNG, so a failing sample can be replayed from the printed seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/** A value of a param's type that fits its limits, for a required param the doc gives no usable example for. */
function typeDefault(p: IrParam): unknown {
  const c = p.constraints;
  // At least 1 and the doc's minimum; capped by its maximum only when it has one (minValue 10 alone gave 1).
  const low = Math.max(1, c.minValue ?? 1);
  const number = c.maxValue === undefined ? low : Math.min(low, c.maxValue);
  switch (p.type) {
    case "struct":
      return p.structName ? validInit(p.children, "struct") : "{}";
    case "array":
      if (p.structName) return [validInit(p.children, "struct")];
      // One item of the item type (a list of booleans or dates takes true or a date, not "1").
      return [typeDefault({ ...p, type: p.itemType ?? "string" })];
    case "long":
    case "double":
      return number;
    case "boolean":
      return true;
    case "date":
      return "2026-01-02 03:04:05";
    case "price":
      return "1.00";
    case "json":
      return "{}";
    case "map":
      return { k: "v" };
    case "file":
      return FileItem.fromBytes(new Uint8Array([1, 2, 3]), "sample.bin");
    default:
      return "1";
  }
}

/** The IR's examples (`exampleInit`), with every required param the examples leave out given a type default. */
function validInit(params: readonly IrParam[], kind: "request" | "struct"): Record<string, unknown> {
  const init = exampleInit(params, kind);
  for (const { param, property } of classMembers(params, kind)) {
    if (required(param) && init[property] === undefined) init[property] = typeDefault(param);
  }
  return init;
}

/**
 * Wire paths of struct fields that some use of the same struct marks required: one struct class serves every
 * param of its name, so its rules are the first use's (aliexpress.logistics.createwarehouseorder's
 * AeopWlDeclareAddressDto requires address_id for `sender`, the doc's `receiver` copy does not).
 */
let requiredInStruct = new Map<string, Set<string>>();
function noteStructRules(params: readonly IrParam[]): void {
  for (const p of params) {
    if (p.structName) {
      const names = requiredInStruct.get(p.structName) ?? new Set<string>();
      for (const c of p.children) if (c.required) names.add(c.name);
      requiredInStruct.set(p.structName, names);
    }
    noteStructRules(p.children);
  }
}
let structOf = new Map<IrParam, string>();
function indexParents(params: readonly IrParam[]): void {
  for (const p of params) {
    if (p.structName) for (const c of p.children) structOf.set(c, p.structName);
    indexParents(p.children);
  }
}
const required = (p: IrParam) =>
  p.required || (structOf.has(p) && requiredInStruct.get(structOf.get(p)!)?.has(p.name) === true);

function prepareRules(params: readonly IrParam[]): void {
  requiredInStruct = new Map();
  structOf = new Map();
  noteStructRules(params);
  indexParents(params);
}

describe("the generated catalogue", () => {
  test("the registry lists every API of the manifest: 5,313", () => {
    expect(methods()).toHaveLength(5313);
    const entry = apis()["taobao.trade.fullinfo.get"]!;
    expect(entry).toMatchObject({ request: "TradeFullinfoGetRequest", response: "TradeFullinfoGetResponse" });
    expect(entry.needsSession).toBe(bundledIrOf("taobao.trade.fullinfo.get")!.needsSession);
  });

  test("load() refuses a method the SDK lacks, saying how to find one", async () => {
    await expect(load("taobao.no.such.api")).rejects.toThrow(/no API "taobao.no.such.api".*topkit apis --search/);
  });

  describe(`a random sample of ${SAMPLE} APIs (seed ${SEED})`, () => {
    let gateway: LocalGateway;
    let client: DefaultTaobaoClient;
    beforeAll(async () => {
      console.log(`catalogue sample seed: ${SEED} (replay with TOPKIT_SAMPLE_SEED=${SEED})`);
      gateway = await createLocalGateway({ appKey: APP_KEY, appSecret: SECRET });
      client = new DefaultTaobaoClient(gateway.url, APP_KEY, SECRET);
    });
    afterAll(async () => {
      await client?.close();
      await gateway?.close();
    });

    const picked = sample(methods(), SAMPLE, prng(SEED));
    test.each(picked)("%s: imports, builds from its IR, passes check(), gets a typed success", async (method) => {
      const ir = bundledIrOf(method)!;
      expect(ir, `${method} ships its IR`).toBeDefined();
      const { Request, Response } = await load(method);
      expect(Request.name).toBe(ir.javaNames.request);
      prepareRules(ir.request);
      const req = new Request(validInit(ir.request, "request"));
      expect(req).toBeInstanceOf(TopRequest);
      req.check();
      const rsp = await client.execute(req, ir.needsSession ? SESSION : undefined);
      expect(rsp).toBeInstanceOf(Response);
      expect(rsp).toBeInstanceOf(TopResponse);
      expect(rsp.isSuccess(), rsp.getBody()).toBe(true);
    });
  });
});
