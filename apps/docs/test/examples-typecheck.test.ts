import { fileURLToPath } from "node:url";
import { bundledIr } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { tsProgram } from "../src/examples/example-tabs.js";
import { guideSnippets } from "./support/guide-snippets.js";
import { typeCheck } from "./support/typecheck.js";

const guideDir = fileURLToPath(new URL("../docs/guide/", import.meta.url));
const scratch = fileURLToPath(new URL("./.tmp/typecheck/", import.meta.url));

// Every shipped API's example, all 5,313 in one program (about 20 s): the tabs that run are sampled
// (reference-run.test.ts), the types are checked for all.
const apiExamples = new Map(bundledIr().map((ir) => [`api-${ir.method}`, tsProgram(ir)]));
const guides = guideSnippets(guideDir);
const snippets = new Map([...apiExamples, ...guides]);
// A snippet that drifted from the SDK, checked in the same program (one program keeps this test fast).
const DRIFTED = [
  'import { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest as R } from "@topkit/sdk/apis/tmall.alihouse.customer.clue.out.invest.total.data.back.flow";',
  "new R().setReq(42);",
].join("\n");
const errors = typeCheck(new Map([...snippets, ["drifted", DRIFTED]]), scratch);

describe("TypeScript shown on the site type-checks against the real @topkit/sdk", () => {
  test("a reference example for every shipped API, and the code in the guides", () => {
    expect(apiExamples.size).toBeGreaterThan(0);
    expect(guides.size).toBeGreaterThanOrEqual(8);
  });

  test("the check can fail: a snippet that drifted from the SDK is reported with its line", () => {
    const found = errors.get("drifted")!;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^line 2: Argument of type 'number'/);
  });

  test.each([...snippets.keys()])("%s type-checks", (name) => {
    expect(errors.get(name)).toEqual([]);
  });
});
