import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { parseCommand } from "../../src/cli/commands.js";
import { InputError, parseDocJson } from "../../src/parse/index.js";
import { excerpts } from "./excerpts.js";

describe("the two corpus files that hold no doc (fpm/.json, logistic/.json: only an id)", () => {
  test("are refused with what they hold and what to do", () => {
    const refuse = () => parseDocJson('{\n\t"id": 60566\n}', { file: "fpm/.json" });
    expect(refuse).toThrow(InputError);
    expect(refuse).toThrow(
      'fpm/.json: holds no API doc: no method name ("name"), only a doc id (60566); fetch the doc again or remove the file',
    );
  });

  let dir = "";
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  test("`parse` of a folder reports a file named just .json instead of skipping it, and writes the good ones", async () => {
    dir = mkdtempSync(join(tmpdir(), "topkit-no-doc-"));
    mkdirSync(join(dir, "docs", "fpm"), { recursive: true });
    writeFileSync(join(dir, "docs", "fpm", ".json"), '{\n\t"id": 60566\n}');
    writeFileSync(join(dir, "docs", "fpm", "good.json"), JSON.stringify(excerpts["request-map"]!.doc));
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const code = await parseCommand([join(dir, "docs")], { out: join(dir, "ir") });
    expect(code).toBe(1);
    expect(stderr.mock.calls.map((c) => String(c[0]))).toEqual([
      `${join(dir, "docs", "fpm", ".json")}: holds no API doc: no method name ("name"), only a doc id (60566); fetch the doc again or remove the file\n`,
    ]);
    expect(readdirSync(join(dir, "ir"))).toEqual(["taobao.qimen.combineitem.query.json"]);
  });
});
