import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readIrDir } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { emitAll } from "../../src/emit/emit-all.js";
import { buildGenerated, checkGenerated, writeGenerated } from "../../src/generate/generate.js";
import { type SdkPaths, sdkPaths } from "../../src/generate/workspace.js";
import { tempWorkspace, treeHash } from "../support/temp-workspace.js";

/** A full (not incremental) run, so every file is in memory and nothing depends on a previous run's record. */
const full = (paths: SdkPaths) => buildGenerated(paths, { incremental: false });

describe("generate is deterministic and atomic", () => {
  test("the same inputs give byte-identical files, twice in a row, and emit order does not matter", async () => {
    const paths = sdkPaths(tempWorkspace());
    writeGenerated(paths, await full(paths));
    const first = treeHash(join(paths.root, "packages/sdk"));
    writeGenerated(paths, await full(paths));
    expect(treeHash(join(paths.root, "packages/sdk"))).toBe(first);
    const irs = readIrDir(paths.ir);
    expect(irs).toHaveLength(4);
    expect([...emitAll(irs)]).toEqual([...emitAll([...irs].reverse())]);
  });

  test("a fresh workspace's output is what generate writes (nothing stale)", async () => {
    const paths = sdkPaths(tempWorkspace());
    expect(checkGenerated(paths, await full(paths))).toEqual([]);
  });

  test("a failure in the middle of writing leaves the previous output byte-identical", async () => {
    const paths = sdkPaths(tempWorkspace());
    const sdk = join(paths.root, "packages/sdk");
    // Make the next run differ from what is on disk, so a half-done write would show.
    const seed = join(paths.topDocs, "tmall.alihouse.customer.clue.out.invest.total.data.back.flow.txt");
    writeFileSync(seed, readFileSync(seed, "utf8").replace("入参", "入参（已改）"));
    const manifest = JSON.parse(readFileSync(paths.manifest, "utf8"));
    manifest.apis[0].sha256 = createHash("sha256").update(readFileSync(seed)).digest("hex");
    writeFileSync(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
    const before = { ir: treeHash(paths.ir), code: treeHash(paths.generated) };
    const generated = await full(paths);
    let writes = 0;
    const failMidway = () => {
      if (++writes === 2) throw new Error("disk full (injected)");
    };
    expect(() => writeGenerated(paths, generated, { beforeWrite: failMidway })).toThrowError("disk full (injected)");
    expect({ ir: treeHash(paths.ir), code: treeHash(paths.generated) }).toEqual(before);
    const leftovers = readdirSync(join(sdk)).filter((f) => /staging|previous/.test(f));
    expect(leftovers).toEqual([]);
    // The same run without the failure does change the output.
    writeGenerated(paths, generated);
    expect(treeHash(paths.ir)).not.toBe(before.ir);
    expect(existsSync(paths.generated)).toBe(true);
  });

  test("an input edited behind the manifest's back fails the run before anything is written", async () => {
    const paths = sdkPaths(tempWorkspace());
    const before = { ir: treeHash(paths.ir), code: treeHash(paths.generated) };
    const seed = join(paths.topDocs, "tmall.alihouse.customer.clue.out.invest.total.data.back.flow.txt");
    writeFileSync(seed, "edited by hand");
    await expect(full(paths)).rejects.toThrowError(/sha256 differs from manifest\.json/);
    expect({ ir: treeHash(paths.ir), code: treeHash(paths.generated) }).toEqual(before);
  });
});
