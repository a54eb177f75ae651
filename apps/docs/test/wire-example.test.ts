import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest as SeedRequest } from "@topkit/sdk/apis/tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
import { exampleInit, wireExampleTree } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { sharedOrNotice } from "../../../test-support/shared.js";
import { wireExampleParams } from "../src/examples/example-tabs.js";
import { irParam } from "./support/ir-builders.js";
import { seedIr } from "./support/seed.js";

const shared = sharedOrNotice();

describe("the seed's example params (what curl and the CLI tab send)", () => {
  test("equal the text the SDK's own request class sends for the same examples", () => {
    const ir = seedIr();
    const fromClass = new SeedRequest(exampleInit(ir.request) as ConstructorParameters<typeof SeedRequest>[0]);
    expect(wireExampleParams(ir.request)).toEqual(fromClass.getTextParams());
  });

  test.skipIf(!shared)("equal the `req` of the seed sign vector byte for byte", () => {
    const vectors = JSON.parse(readFileSync(join(shared!, "sign-vectors.json"), "utf8")) as {
      cases: { name: string; params: Record<string, string> }[];
    };
    const vector = vectors.cases.find((c) => c.name === "seed request hmac-sha256")!;
    expect(wireExampleParams(seedIr().request).req).toBe(vector.params.req);
  });
});

describe("wireExampleTree()", () => {
  const items = irParam("items", {
    type: "array",
    structName: "Item",
    docType: "Item[]",
    children: [
      irParam("order_id", { type: "long", docType: "Number", example: "2940328723781049652" }),
      irParam("title", { example: "标题" }),
      irParam("photo", { type: "file", docType: "byte[]", example: "x.jpg" }),
    ],
  });

  test("keys by wire name, nests struct lists, keeps 19-digit ids exact, leaves files out", () => {
    expect(wireExampleTree([items])).toEqual({ items: [{ order_id: 2940328723781049652n, title: "标题" }] });
    expect(wireExampleParams([items])).toEqual({ items: '[{"order_id":2940328723781049652,"title":"标题"}]' });
  });

  test("leaves out params without a usable example, and structs left empty by that", () => {
    const bad = irParam("n", { type: "long", docType: "Number", example: "not a number" });
    const empty = irParam("s", { type: "struct", structName: "S", children: [irParam("x")] });
    expect(wireExampleTree([bad, empty])).toEqual({});
  });
});
