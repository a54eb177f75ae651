import { readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { cachePath } from "../../src/generate/build-cache.js";
import { buildGenerated, checkGenerated, writeGenerated } from "../../src/generate/generate.js";
import type { SdkPaths } from "../../src/generate/workspace.js";
import { dropApi, editDoc, scratchWorkspace, snapshot } from "./workspace.js";

const API = "taobao.weitao.feed.cancel";
/** The published files of one API (sorted), as generate writes them. */
const apiFiles = (method: string) => [
  ...[".cjs", ".d.cts", ".d.mts", ".mjs"].map((e) => `apis/${method}${e}`),
  `data/${method}.cjs`,
];
const module = (paths: SdkPaths, method = API) => join(paths.generated, "apis", `${method}.mjs`);

async function generate(paths: SdkPaths, incremental = true) {
  const generated = await buildGenerated(paths, { incremental });
  writeGenerated(paths, generated);
  return generated;
}

/** What a full, non-incremental run would write, as `tree/path` -> text. */
async function fullRun(paths: SdkPaths): Promise<Map<string, string>> {
  const generated = await buildGenerated(paths, { incremental: false });
  return new Map([
    ...[...generated.files.ir].map(([p, t]) => [`ir/${p}`, t] as const),
    ...[...generated.files.code].map(([p, t]) => [`code/${p}`, t] as const),
  ]);
}

describe("incremental generate", () => {
  let paths: SdkPaths;
  afterEach(() => rmSync(paths.root, { recursive: true, force: true }));

  test("a second run with nothing changed parses and prints nothing, and keeps every file as it is", async () => {
    paths = scratchWorkspace();
    const first = await generate(paths);
    expect(first.rebuilt).toBe(18);
    const before = snapshot(paths);
    const second = await generate(paths);
    expect(second.rebuilt).toBe(0);
    expect(second.files.code.size + second.files.ir.size).toBe(0);
    const after = snapshot(paths);
    expect(after.text).toEqual(before.text);
    expect(after.inode).toEqual(before.inode);
  });

  test("one changed doc: only that API is parsed and emitted, and the result is what a full run writes", async () => {
    paths = scratchWorkspace();
    await generate(paths);
    const before = snapshot(paths);
    editDoc(paths, API, (doc) => {
      doc.apiChineseName = "取消微淘(改)";
    });
    const run = await generate(paths);
    expect(run.rebuilt).toBe(1);
    expect([...run.files.code.keys()].sort()).toEqual([...apiFiles(API), "registry.json"]);
    const after = snapshot(paths);
    expect(after.text).toEqual(await fullRun(paths));
    expect(after.text.get(`code/apis/${API}.d.mts`)).toContain("取消微淘(改)");
    const untouched = "code/apis/cainiao.waybill.ii.update.mjs";
    expect(after.inode.get(untouched)).toBe(before.inode.get(untouched));
  });

  test("a description change keeps index and registry; a removed API's files go", async () => {
    paths = scratchWorkspace();
    await generate(paths);
    editDoc(paths, API, (doc) => {
      doc.description = "changed";
    });
    expect([...(await generate(paths)).files.code.keys()].sort()).toEqual(apiFiles(API));
    dropApi(paths, API);
    const run = await generate(paths);
    expect(run.apis).toBe(17);
    const after = snapshot(paths);
    expect(after.text.has(`code/apis/${API}.mjs`) || after.text.has(`ir/${API}.json`)).toBe(false);
    expect(after.text.get("code/registry.json")).not.toContain(API);
    expect(after.text).toEqual(await fullRun(paths));
  });

  test("a hand-edited generated file is printed again, not kept; a merely touched one is kept", async () => {
    paths = scratchWorkspace();
    await generate(paths);
    const original = readFileSync(module(paths), "utf8");
    writeFileSync(module(paths), `${original}// edited by hand\n`);
    utimesSync(module(paths, "cainiao.waybill.ii.update"), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const run = await generate(paths);
    expect(run.rebuilt).toBe(1);
    expect(readFileSync(module(paths), "utf8")).toBe(original);
  });

  test("--check after a deleted module lists it; incremental checks see what full ones see", async () => {
    paths = scratchWorkspace();
    await generate(paths);
    rmSync(module(paths));
    expect(checkGenerated(paths, await buildGenerated(paths))).toEqual([
      `packages/sdk/generated/apis/${API}.mjs (missing)`,
    ]);
    expect(checkGenerated(paths, await buildGenerated(paths, { incremental: false }))).toEqual([
      `packages/sdk/generated/apis/${API}.mjs (missing)`,
    ]);
  });

  test("a failed incremental run leaves both trees and the cache byte-identical", async () => {
    paths = scratchWorkspace();
    await generate(paths);
    editDoc(paths, API, (doc) => {
      doc.apiChineseName = "changed";
    });
    const before = snapshot(paths);
    const cache = readFileSync(cachePath(paths.root, "generate"), "utf8");
    const failAt = (target: string) => (path: string) => {
      if (path === target) throw new Error("injected failure");
    };
    // While staging the new module; while moving in the registry, after the module and IR were moved in.
    const failures = [{ beforeWrite: failAt(`apis/${API}.mjs`) }, { beforeCommit: failAt("registry.json") }];
    for (const options of failures) {
      const generated = await buildGenerated(paths);
      expect(() => writeGenerated(paths, generated, options)).toThrow("injected failure");
      expect(snapshot(paths).text).toEqual(before.text);
      expect(readFileSync(cachePath(paths.root, "generate"), "utf8")).toBe(cache);
    }
  });

  test("an unreadable, foreign or tampered cache is ignored: everything is rebuilt", async () => {
    paths = scratchWorkspace();
    await generate(paths);
    const file = cachePath(paths.root, "generate");
    const cache = readFileSync(file, "utf8");
    const expected = snapshot(paths).text;
    const variants = [
      "not json",
      cache.replace(/"fingerprint":"[0-9a-f]+"/, '"fingerprint":"another generator"'),
      cache.replace('"request":"WeitaoFeedCancelRequest"', '"request":"X; process.exit(1); //"'),
    ];
    for (const variant of variants) {
      writeFileSync(file, variant);
      expect((await generate(paths)).rebuilt).toBe(18);
      expect(snapshot(paths).text).toEqual(expected);
    }
  });
});
