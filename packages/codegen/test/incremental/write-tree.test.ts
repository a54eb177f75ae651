import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { listFiles, writeTreesAtomic } from "../../src/fs/write-tree.js";

const read = (dir: string) => new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
const failAt = (target: string) => (path: string) => {
  if (path === target) throw new Error("injected failure");
};
const many = (n: number, text: (i: number) => string) =>
  new Map(Array.from({ length: n }, (_, i) => [`apis/m${i}.ts`, text(i)] as const));

describe("writing output trees all or nothing", () => {
  let root = "";
  let a = "";
  let b = "";
  const setUp = () => {
    root = mkdtempSync(join(tmpdir(), "topkit-trees-"));
    a = join(root, "a");
    b = join(root, "b");
    writeTreesAtomic([
      { dir: a, files: many(100, (i) => `a${i}`) },
      { dir: b, files: new Map([["x.json", "x"]]) },
    ]);
    return { a: read(a), b: read(b) };
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test("a small incremental change is patched in place; nothing else is touched and nothing is left beside", () => {
    setUp();
    const inode = statSync(join(a, "apis/m5.ts")).ino;
    const keep = new Set([...many(100, String).keys()].filter((p) => p !== "apis/m1.ts" && p !== "apis/m2.ts"));
    writeTreesAtomic([{ dir: a, files: new Map([["apis/m1.ts", "new"]]), keep }]);
    expect(read(a).get("apis/m1.ts")).toBe("new");
    expect(read(a).has("apis/m2.ts")).toBe(false);
    expect(read(a).size).toBe(99);
    expect(statSync(join(a, "apis/m5.ts")).ino).toBe(inode);
    expect(readdirSync(root).sort()).toEqual(["a", "b"]);
  });

  test("a large change writes whole trees (the folder is swapped), kept files are linked in", () => {
    setUp();
    const dirInode = statSync(a).ino;
    const keep = new Set(["apis/m99.ts"]);
    writeTreesAtomic([{ dir: a, files: many(99, (i) => `new${i}`), keep }]);
    expect(statSync(a).ino).not.toBe(dirInode);
    expect(read(a).get("apis/m0.ts")).toBe("new0");
    expect(read(a).get("apis/m99.ts")).toBe("a99");
    expect(readdirSync(root).sort()).toEqual(["a", "b"]);
  });

  /** A full rewrite of both trees (no `keep`: whole trees are swapped). */
  const fullRewrite = () => [
    { dir: a, files: many(100, (i) => `new${i}`) },
    { dir: b, files: new Map([["x.json", "changed"]]) },
  ];
  /** A small incremental change to both trees (patched in place). */
  const smallChange = () => [
    {
      dir: a,
      files: new Map([
        ["apis/m1.ts", "new"],
        ["apis/new.ts", "new"],
      ]),
      keep: new Set([...many(100, String).keys()].filter((p) => p !== "apis/m1.ts")),
    },
    { dir: b, files: new Map([["x.json", "changed"]]), keep: new Set<string>() },
  ];

  const cases = [
    ["a full rewrite, while staging", fullRewrite, () => ({ beforeWrite: failAt("apis/m50.ts") })],
    ["a full rewrite, after the first tree was swapped in", fullRewrite, () => ({ beforeCommit: failAt(b) })],
    ["a patch, while staging", smallChange, () => ({ beforeWrite: failAt("x.json") })],
    ["a patch, after the first tree's files were moved in", smallChange, () => ({ beforeCommit: failAt("x.json") })],
  ] as const;
  for (const [name, writes, options] of cases) {
    test(`a failure in ${name} leaves every tree byte-identical and nothing beside them`, () => {
      const before = setUp();
      expect(() => writeTreesAtomic(writes(), options())).toThrow("injected failure");
      expect(read(a)).toEqual(before.a);
      expect(read(b)).toEqual(before.b);
      expect(readdirSync(root).sort()).toEqual(["a", "b"]);
    });
  }
});
