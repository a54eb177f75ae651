import { existsSync } from "node:fs";
import { join } from "node:path";
import { readIrFile } from "@topkit/sdk/ir";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { buildGenerated, checkGenerated } from "../../src/generate/generate.js";
import { readManifest } from "../../src/generate/manifest.js";
import { sdkPaths } from "../../src/generate/workspace.js";
import { SEED, SyncHarness } from "./support/sync-harness.js";

let h: SyncHarness;
beforeEach(async () => {
  h = await new SyncHarness().start();
});
afterEach(async () => {
  await h.stop();
});

describe("the first sync replaces the seed's page text with its doc JSON", () => {
  test("classified by the same IR diff: a patch (session label shown, Java sample kept), inputs replaced", async () => {
    const r = await h.sync();
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`\`${SEED}\``);
    expect(r.out).toContain("@topkit/sdk: patch");
    expect(r.out).toContain("labels: +`必须用户授权`");
    expect(r.out).not.toContain("requestJava");

    const paths = sdkPaths(h.root);
    const entry = readManifest(paths.manifest).apis.find((e) => e.method === SEED)!;
    expect(entry.file).toBe(`${SEED}.json`);
    expect(entry.category).toBe("天猫好房用户API"); // kept from the page's breadcrumb
    expect(entry.etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(entry.fetchedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(existsSync(join(paths.topDocs, `${SEED}.txt`))).toBe(false);
    expect(JSON.parse(h.read(`packages/sdk/top-docs/${SEED}.json`)).name).toBe(SEED);

    // What was written is exactly what `generate` makes from the new inputs.
    expect(checkGenerated(paths, await buildGenerated(paths, { incremental: false }))).toEqual([]);
    expect(readIrFile(join(h.root, `packages/sdk/ir/${SEED}.json`)).source.form).toBe("doc-json");
  });
});
