import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readIrFile } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { sharedOrNotice } from "../../../../test-support/shared.js";
import { parseDocJson } from "../../src/parse/index.js";
import { diffApi } from "../../src/sync/diff/diff-api.js";
import { renderDocJson } from "./support/render-doc-json.js";
import { SEED } from "./support/sync-harness.js";

// The imitation doc server serves docs rendered from IR; these tests show the rendering is faithful, so what
// the sync tests classify is what the real endpoint's form would give.
const reparse = (data: unknown, ctx: { docId?: number; category?: string } = {}) =>
  parseDocJson(JSON.stringify({ success: true, data }), { file: "rendered", ...ctx });

describe("renderDocJson", () => {
  const shared = sharedOrNotice();
  const endpointDir = shared && join(shared, "corpus", "endpoint-json");
  const docs = endpointDir
    ? readdirSync(endpointDir).filter((f) => f.endsWith(".json") && !f.endsWith(".meta.json"))
    : [];

  test.skipIf(!shared).each(docs)("round-trips the real endpoint doc %s through IR unchanged", (file) => {
    const ir = parseDocJson(readFileSync(join(endpointDir!, file), "utf8"), { file });
    expect(diffApi(ir, reparse(renderDocJson(ir)))).toEqual([]);
  });

  test("renders the seed's IR in the endpoint's full param form", () => {
    const seed = readIrFile(new URL(`../../../sdk/ir/${SEED}.json`, import.meta.url).pathname);
    const doc = renderDocJson(seed) as { requestParams: Record<string, unknown>[]; labels: unknown[] };
    const keys = Object.keys(doc.requestParams[0]!).sort();
    const real = shared
      ? Object.keys(JSON.parse(readFileSync(join(endpointDir!, docs[0]!), "utf8")).requestParams[0]).sort()
      : keys;
    expect(keys).toEqual(real);
    // Page text has no labels; the endpoint shows the session label the Java sample implied. The docId and
    // category come from the manifest, as in a sync.
    expect(diffApi(seed, reparse(doc, { docId: seed.docId, category: seed.category })).map((c) => c.text)).toEqual([
      "labels: +`必须用户授权`",
    ]);
  });
});
