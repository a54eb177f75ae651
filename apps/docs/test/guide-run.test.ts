import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { guideSnippets } from "./support/guide-snippets.js";
import { runSnippet } from "./support/run-snippet.js";

const guideDir = fileURLToPath(new URL("../docs/guide/", import.meta.url));
const scratch = fileURLToPath(new URL("./.tmp/run/", import.meta.url));

// The guides' local-gateway programs need no keys and no network: run them, not just type-check them.
const gatewaySnippets = [...guideSnippets(guideDir)].filter(([, code]) => code.includes("createLocalGateway"));

/** What each program must print, besides exiting 0. */
const EXPECTED_OUTPUT: Record<string, RegExp> = {
  "getting-started-2": /^true success 成功$/m,
  "testing-1": /^success$/m,
  "testing-2": /^true$/m,
};

describe("the guides' local-gateway programs run as shown", () => {
  test("every one of them has an expected output here", () => {
    expect(gatewaySnippets.map(([name]) => name).sort()).toEqual(Object.keys(EXPECTED_OUTPUT).sort());
  });

  test.each(gatewaySnippets)("%s runs and prints what the guide says", async (name, code) => {
    expect(await runSnippet(name, code, scratch)).toMatch(EXPECTED_OUTPUT[name]!);
  });
});
