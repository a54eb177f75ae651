import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ApiIr, parseIr } from "@topkit/sdk/ir";
import { describe, expect, test } from "vitest";
import { sharedOrNotice } from "../../../../test-support/shared.js";
import { emitAll } from "../../src/emit/emit-all.js";
import { writeTreeAtomic } from "../../src/fs/write-tree.js";
import { isRepairedMethodName } from "../../src/names/index.js";
import { parseCorpus } from "./corpus.js";
import exclusionList from "./exclusions.json" with { type: "json" };
import { runTsc, writeProjectFiles } from "./typecheck.js";

const shared = sharedOrNotice();
const exclusions = exclusionList as { method: string; reason: string }[];
const outDir = fileURLToPath(new URL("../.tmp/catalogue", import.meta.url));

/** The whole TOP catalogue (5,312 docs), parsed, emitted and typechecked; the steps share what they made. */
describe.skipIf(!shared)("the whole TOP catalogue", () => {
  let irs: ApiIr[] = [];
  let emitted = new Map<string, string>();

  test("parses every doc with a method name; the two id-only files are refused clearly", () => {
    const corpus = parseCorpus(shared!);
    expect(corpus.refused).toEqual([
      expect.stringMatching(/fpm\/\.json: holds no API doc: no method name \("name"\), only a doc id \(60566\)/),
      expect.stringMatching(/logistic\/\.json: holds no API doc: no method name \("name"\), only a doc id \(39572\)/),
    ]);
    expect(corpus.irs).toHaveLength(5312);
    for (const ir of corpus.irs) parseIr(ir, ir.method);
    console.log(`catalogue: ${corpus.irs.length} IRs, ${corpus.refused.length} refused files`);
    irs = corpus.irs;
  }, 300_000);

  test("every exclusion names a corpus API and says why; the rest are emitted", () => {
    const methods = new Set(irs.map((ir) => ir.method));
    for (const e of exclusions) {
      expect(methods.has(e.method), e.method).toBe(true);
      expect(e.reason.length, e.method).toBeGreaterThan(20);
    }
    console.log(`catalogue: ${exclusions.length} excluded APIs`);
    irs = irs.filter((ir) => !exclusions.some((e) => e.method === ir.method));
    expect(irs).toHaveLength(5312 - exclusions.length);
  });

  test("no two APIs share a class name or a file name (even case-insensitively)", () => {
    const classes = irs.flatMap((ir) => [ir.javaNames.request, ir.javaNames.response]);
    expect(new Set(classes).size).toBe(classes.length);
    expect(new Set(irs.map((ir) => ir.method.toLowerCase())).size).toBe(irs.length);
  });

  test("methods that give no Java identifier are named deterministically and listed", () => {
    const repaired = irs.filter((ir) => isRepairedMethodName(ir.method));
    console.log(`catalogue: ${repaired.length} methods made into identifiers:`);
    for (const ir of repaired) console.log(`  ${ir.method} -> ${ir.javaNames.request}`);
    expect(repaired.length).toBeGreaterThan(0);
    for (const ir of repaired) {
      expect(ir.javaNames.request).toMatch(/^[A-Z][A-Za-z0-9_]*Request$/);
      expect(ir.warnings).toContainEqual(expect.stringContaining("gives no Java identifier"));
    }
  });

  test("emits one module per API, plus index and registry", () => {
    emitted = emitAll(irs, { runtime: "@topkit/sdk" });
    const modules = [...emitted.keys()].filter((k) => k.startsWith("apis/"));
    console.log(`catalogue: ${modules.length} modules emitted`);
    expect(modules).toHaveLength(irs.length);
    expect(emitted.has("index.ts") && emitted.has("registry.ts")).toBe(true);
  }, 900_000);

  test("tsc --noEmit over the emitted catalogue: 0 type errors", async () => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    writeTreeAtomic(join(outDir, "src"), emitted);
    writeProjectFiles(outDir, "src/**/*.ts");
    const result = await runTsc(outDir, 1_500_000);
    console.log(`catalogue: tsc exit ${result.code}, ${result.errors.length} type errors`);
    expect(result.errors.slice(0, 20)).toEqual([]);
    expect(result.code).toBe(0);
  }, 1_600_000);
});
