import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sampleOf, seededRandom, seedFromEnv } from "../../../../test-support/random.js";
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
const SEED = seedFromEnv("TOPKIT_SAMPLE_SEED");
const SAMPLE = Number(process.env.TOPKIT_SAMPLE_SIZE ?? 200);
const APP_KEY = "12345678";
const SECRET = "catalogue-sample-secret";
const SESSION = "6100e23657fb0b2d0c78568e55a3031134be9a3a5d4b3a02";

/**
 * The request the docs show (`exampleInit`: the doc's examples, a typed stand-in for each required param
 * without one), plus bytes for each required file, which examples leave to the reader.
 */
function validInit(params: readonly IrParam[]): Record<string, unknown> {
  const init = exampleInit(params);
  for (const { param, property } of classMembers(params, "request")) {
    if (param.type === "file" && param.required)
      init[property] = FileItem.fromBytes(new Uint8Array([1, 2, 3]), "a.bin");
  }
  return init;
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

    const picked = sampleOf(methods(), SAMPLE, seededRandom(SEED));
    test.each(picked)("%s: imports, builds from its IR, passes check(), gets a typed success", async (method) => {
      const ir = bundledIrOf(method)!;
      expect(ir, `${method} ships its IR`).toBeDefined();
      const { Request, Response } = await load(method);
      expect(Request.name).toBe(ir.javaNames.request);
      const req = new Request(validInit(ir.request));
      expect(req).toBeInstanceOf(TopRequest);
      req.check();
      const rsp = await client.execute(req, ir.needsSession ? SESSION : undefined);
      expect(rsp).toBeInstanceOf(Response);
      expect(rsp).toBeInstanceOf(TopResponse);
      expect(rsp.isSuccess(), rsp.getBody()).toBe(true);
    });
  });
});
