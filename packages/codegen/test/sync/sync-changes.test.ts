import { join } from "node:path";
import { readIrFile } from "@topkit/sdk/ir";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { changesetFiles, docParam, SEED, SEED_DOC_ID, SyncHarness } from "./support/sync-harness.js";

// Each test starts from a workspace whose seed input is already the endpoint's doc JSON (one sync done),
// then changes the doc on the imitation site and syncs again.
let h: SyncHarness;
let before: string[];
beforeEach(async () => {
  h = await new SyncHarness().start();
  const first = await h.sync();
  expect(first.code, first.err).toBe(0);
  before = changesetFiles(h);
});
afterEach(async () => {
  await h.stop();
});

const reqStruct = () => h.seedDoc().requestParams[0] as { subParams: Record<string, unknown>[] };
/** The seed's published declarations and field table, as generate writes them. */
const module = () => h.read(`packages/sdk/generated/apis/${SEED}.d.mts`);
/** The data the API module builds its classes from: the structure of the IR the package ships. */
const table = () => h.read(`packages/sdk/ir/${SEED}.json`);

/** The one changeset the last sync wrote. */
function newChangeset(): string {
  const added = changesetFiles(h).filter((f) => !before.includes(f));
  expect(added).toHaveLength(1);
  return h.read(`.changeset/${added[0]}`);
}

describe("sync classifies a changed doc and regenerates", () => {
  test("unchanged doc: nothing written, and the GET was conditional (304)", async () => {
    const hash = h.hash();
    const r = await h.sync();
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe("no change to the SDK: nothing written\n");
    expect(r.err).toContain("unchanged (304 Not Modified)");
    expect(h.hash()).toBe(hash);
    const last = h.server.requests("getDocument.json").at(-1)!;
    expect(last.headers["if-none-match"]).toMatch(/^"[0-9a-f]{40}"$/);
    expect(last.headers["if-modified-since"]).toBeDefined();
    expect(last.status).toBe(304);
  });

  test("doc bytes changed but nothing the SDK is generated from: input refreshed, SDK and changesets untouched", async () => {
    // Everything below the header line, which names the doc's sha256 (the doc did change).
    const generated = () => h.read(`packages/sdk/generated/apis/${SEED}.mjs`).split("\n").slice(1).join("\n");
    const before = { module: generated(), changesets: changesetFiles(h).length };
    h.seedDoc().gmtModified = 1_800_000_000_000;
    const r = await h.sync();
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain("the doc's bytes changed, not what the SDK is generated from; input refreshed");
    expect(r.err).toContain("the SDK is unchanged, no changeset");
    expect(generated()).toBe(before.module);
    expect(changesetFiles(h).length).toBe(before.changesets);
    // The stored doc (and so its sha256 and ETag in the manifest) is the one just fetched.
    expect(h.read(`packages/sdk/top-docs/${SEED}.json`)).toContain("1800000000000");
  });

  test("optional param added: minor changeset naming req.remark, regenerated setRemark setter", async () => {
    expect(module()).not.toContain("setRemark(");
    reqStruct().subParams.push(docParam("remark", "String", false, "备注", "hello"));
    const r = await h.sync();
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("request `req.remark`: added, optional (String)");
    const changeset = newChangeset();
    expect(changeset).toMatch(/^---\n"@topkit\/sdk": minor\n---\n/);
    expect(changeset).toContain(`- \`${SEED}\` (\`外投统计数据回流接口\`, changed): minor`);
    expect(changeset).toContain("  - request `req.remark`: added, optional (String)");
    expect(module()).toMatch(/setRemark\(value: string\): this;/);
    expect(table()).toContain('{"name":"remark"}');
    const ir = readIrFile(join(h.root, `packages/sdk/ir/${SEED}.json`));
    expect(ir.request[0]!.children.map((c) => c.name)).toEqual(["type", "data", "remark"]);
  });

  test("required param added: major", async () => {
    reqStruct().subParams.push(docParam("city_code", "Number", true, "城市"));
    const r = await h.sync();
    expect(r.code, r.err).toBe(0);
    expect(newChangeset()).toMatch(/"@topkit\/sdk": major[\s\S]*request `req.city_code`: added, required \(Number\)/);
    expect(module()).toMatch(/setCityCode\(value: bigint \| number \| string\): this/);
  });

  test("param removed: major", async () => {
    reqStruct().subParams.pop();
    const r = await h.sync();
    expect(r.code, r.err).toBe(0);
    expect(newChangeset()).toMatch(/"@topkit\/sdk": major[\s\S]*request `req.data`: removed/);
    expect(module()).not.toContain("setData(");
    expect(table()).not.toContain('{"name":"data"');
  });

  test("description changed: patch", async () => {
    reqStruct().subParams[0]!.description = "类型：1 经纪人，2 门店，3 城市";
    const r = await h.sync();
    expect(r.code, r.err).toBe(0);
    expect(newChangeset()).toMatch(/"@topkit\/sdk": patch[\s\S]*request `req.type`: description changed/);
    expect(module()).toContain("类型：1 经纪人，2 门店，3 城市");
  });

  test("--dry-run prints the diff and the bump and writes nothing", async () => {
    reqStruct().subParams.push(docParam("remark", "String", false));
    const hash = h.hash();
    const r = await h.sync("--dry-run");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(
      `\`${SEED}\` (\`外投统计数据回流接口\`, changed): minor\n  request \`req.remark\`: added, optional (String)\n@topkit/sdk: minor\n`,
    );
    expect(r.err).toContain("dry run: nothing written");
    expect(h.hash()).toBe(hash);
  });

  test("the stored input is the fetched data, recorded in the manifest with its sha256", async () => {
    reqStruct().subParams.push(docParam("remark", "String", false));
    await h.sync();
    const manifest = JSON.parse(h.read("packages/sdk/top-docs/manifest.json"));
    const stored = h.read(`packages/sdk/top-docs/${SEED}.json`);
    expect(JSON.parse(stored)).toEqual(h.server.docs.get(SEED_DOC_ID));
    const { createHash } = await import("node:crypto");
    expect(manifest.apis[0].sha256).toBe(createHash("sha256").update(stored).digest("hex"));
  });
});
