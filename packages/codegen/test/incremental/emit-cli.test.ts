import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serializeIr } from "@topkit/sdk/ir";
import { afterEach, describe, expect, test } from "vitest";
import { emitAll } from "../../src/emit/emit-all.js";
import { listFiles } from "../../src/fs/write-tree.js";
import { parseDocJson } from "../../src/parse/index.js";
import { excerpts } from "../tricky/excerpts.js";

// The built CLI (`pnpm test` builds first): the emit worker threads only exist in the build.
const cli = fileURLToPath(new URL("../../bin/topkit-codegen.mjs", import.meta.url));
const irs = Object.values(excerpts).map((e) => parseDocJson(JSON.stringify(e.doc), { file: e.source }));

function emit(dir: string, ...extra: string[]) {
  const argv = [cli, "emit", join(dir, "ir"), "--out", join(dir, "out"), "--runtime", "@topkit/sdk", ...extra];
  const run = spawnSync(process.execPath, argv, { cwd: dir, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr;
}

const tree = (dir: string) => new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("topkit-codegen emit (built CLI)", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("worker threads print exactly what one thread prints; a second emit prints nothing", () => {
    dir = mkdtempSync(join(tmpdir(), "topkit-emit-"));
    mkdirSync(join(dir, "ir"));
    for (const ir of irs) writeFileSync(join(dir, "ir", `${ir.method}.json`), serializeIr(ir));
    expect(emit(dir, "--jobs", "2")).toContain("(18 printed (2 worker threads), the rest unchanged)");
    expect(tree(join(dir, "out"))).toEqual(emitAll(irs, { runtime: "@topkit/sdk" }));
    expect(emit(dir)).toContain("(0 printed, the rest unchanged)");
    const changed = { ...irs[0]!, title: "changed" };
    writeFileSync(join(dir, "ir", `${changed.method}.json`), serializeIr(changed));
    expect(emit(dir)).toContain("(1 printed, the rest unchanged)");
    expect(tree(join(dir, "out"))).toEqual(emitAll([changed, ...irs.slice(1)], { runtime: "@topkit/sdk" }));
  }, 60_000);

  test("--jobs must be a whole number", () => {
    const run = spawnSync(process.execPath, [cli, "emit", "x", "--out", "y", "--jobs", "two"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("expected a whole number of at least 1");
  });
});
