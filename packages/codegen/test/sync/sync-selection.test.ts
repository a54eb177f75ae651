import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { buildGenerated, checkGenerated } from "../../src/generate/generate.js";
import { readManifest } from "../../src/generate/manifest.js";
import { sdkPaths } from "../../src/generate/workspace.js";
import { changesetFiles, SEED, SEED_DOC_ID, SyncHarness, serveOther } from "./support/sync-harness.js";

const SECOND = "tmall.alihouse.demo.second";
const THIRD = "tmall.alihouse.demo.third";

let h: SyncHarness;
beforeEach(async () => {
  h = await new SyncHarness().start();
  serveOther(h, 70001, SECOND);
  serveOther(h, 70002, THIRD);
  remember();
});
afterEach(async () => {
  await h.stop();
});

const manifestEntry = (method: string) => readManifest(sdkPaths(h.root).manifest).apis.find((e) => e.method === method);
const docIdsFetched = () => h.server.requests("getDocument.json").map((l) => Number(l.query.get("docId")));
let seen: string[] = [];
/** The changeset the last sync wrote (the ones before it are remembered by `remember()`). */
const lastChangeset = () => {
  const added = changesetFiles(h).filter((f) => !seen.includes(f));
  expect(added).toHaveLength(1);
  return h.read(`.changeset/${added[0]}`);
};
const remember = () => {
  seen = changesetFiles(h);
};
const generatedIsCurrent = async () =>
  checkGenerated(sdkPaths(h.root), await buildGenerated(sdkPaths(h.root), { incremental: false }));

describe("choosing what to sync", () => {
  test("--add <docId>: a new API, minor, with its category from the catalogue; nothing else fetched", async () => {
    const r = await h.sync("--add", "70001");
    expect(r.code, r.err).toBe(0);
    expect(docIdsFetched()).toEqual([70001]);
    expect(r.out).toContain(`\`${SECOND}\` (\`演示 70001\`, added): minor`);
    expect(lastChangeset()).toMatch(/^---\n"@topkit\/sdk": minor\n/);
    expect(manifestEntry(SECOND)).toMatchObject({ docId: 70001, file: `${SECOND}.json`, category: "演示API" });
    expect(manifestEntry(SEED)?.file).toBe(`${SEED}.txt`); // untouched
    expect(h.read("packages/sdk/generated/registry.json")).toContain(`{"method":"${SECOND}",`);
    expect(existsSync(join(h.root, `packages/sdk/generated/apis/${SECOND}.mjs`))).toBe(true);
    expect(await generatedIsCurrent()).toEqual([]);
  });

  test("--add <method>: its docId comes from the catalogue", async () => {
    const r = await h.sync("--add", THIRD);
    expect(r.code, r.err).toBe(0);
    expect(h.server.requests("getApiCatelogConfig.json")).toHaveLength(1);
    expect(manifestEntry(THIRD)).toMatchObject({ docId: 70002, category: "演示API" });
  });

  test("--add <method> the catalogue does not list: that API's error, exit 1", async () => {
    const r = await h.sync("--add", "taobao.nowhere.get");
    expect(r.code).toBe(1);
    expect(r.err).toContain("error: taobao.nowhere.get: cannot find its docId in TOP's catalogue: no such API");
  });

  test("--category <id>: every API of that category", async () => {
    const r = await h.sync("--category", "7");
    expect(r.code, r.err).toBe(0);
    expect(docIdsFetched().sort()).toEqual([70001, 70002]);
    expect(lastChangeset()).toContain(`- \`${SECOND}\``);
    expect(lastChangeset()).toContain(`- \`${THIRD}\``);
    const missing = await h.sync("--category", "99");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("--category 99: TOP's catalogue has no such category");
  });

  test("--only <method>: only that API is fetched", async () => {
    await h.sync("--add", "70001", "70002");
    h.server.log.length = 0;
    const r = await h.sync("--only", SECOND);
    expect(r.code, r.err).toBe(0);
    expect(docIdsFetched()).toEqual([70001]);
  });

  test("--remove <method>: a major change, no request made, inputs and generated code gone", async () => {
    await h.sync("--add", "70001");
    h.server.log.length = 0;
    remember();
    const r = await h.sync("--remove", SECOND);
    expect(r.code, r.err).toBe(0);
    expect(h.server.log).toEqual([]);
    expect(r.out).toContain(`\`${SECOND}\` (\`演示 70001\`, removed): major`);
    expect(lastChangeset()).toMatch(/^---\n"@topkit\/sdk": major\n/);
    expect(manifestEntry(SECOND)).toBeUndefined();
    expect(existsSync(join(h.root, `packages/sdk/top-docs/${SECOND}.json`))).toBe(false);
    expect(existsSync(join(h.root, `packages/sdk/ir/${SECOND}.json`))).toBe(false);
    expect(await generatedIsCurrent()).toEqual([]);
  });

  test("--add of a docId whose API the manifest lists under another docId is refused", async () => {
    h.server.docs.set(70003, h.server.docs.get(SEED_DOC_ID)!);
    const r = await h.sync("--add", "70003");
    expect(r.code).toBe(1);
    expect(r.err).toContain(`manifest.json already lists ${SEED} under docId ${SEED_DOC_ID}`);
  });
});
