import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { tempWorkspace } from "../support/temp-workspace.js";

const bin = fileURLToPath(new URL("../../bin/topkit-codegen.mjs", import.meta.url));
const seedText = readFileSync(
  new URL("../../../sdk/top-docs/tmall.alihouse.customer.clue.out.invest.total.data.back.flow.txt", import.meta.url),
  "utf8",
);

function run(args: string[], cwd = tmpdir()) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
  // No input, good or bad, may end in a stack trace.
  expect(r.stderr).not.toMatch(/^\s+at /m);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A folder of inputs: two good ones and one of each kind of bad one. */
function inputsFolder(): string {
  const dir = temp("topkit-in-");
  writeFileSync(join(dir, "seed.txt"), seedText);
  const doc = { name: "topkit.fixture.small", apiChineseName: "小", description: "d", requestParams: [] };
  writeFileSync(join(dir, "small.json"), JSON.stringify(doc));
  writeFileSync(join(dir, "broken.json"), "{ not json");
  writeFileSync(join(dir, "nameless.json"), JSON.stringify({ id: 7 }));
  writeFileSync(join(dir, "cut.txt"), seedText.slice(0, seedText.indexOf("响应参数") + 40));
  writeFileSync(join(dir, "pipes.txt"), "taobao.trade.get\n| 名称 | 类型 |\n| tid | Number |\n");
  writeFileSync(join(dir, "catelog.json"), JSON.stringify({ name: "测试类目", pkg: "t", id: 1 }));
  return dir;
}

describe("topkit-codegen CLI", () => {
  test("parse: good inputs are written, each bad one is reported as `<file>: <reason>`, exit 1", () => {
    const dir = inputsFolder();
    const out = join(temp("topkit-out-"), "ir");
    const r = run(["parse", dir, "--out", out]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n").sort();
    expect(lines).toEqual(
      [
        `${join(dir, "broken.json")}: not valid JSON (${lines
          .find((l) => l.includes("broken"))!
          .split("not valid JSON (")[1]!
          .slice(0, -1)})`,
        `${join(dir, "cut.txt")}: incomplete: stops inside 响应参数`,
        `${join(dir, "nameless.json")}: holds no API doc: no method name ("name"), only a doc id (7); fetch the doc again or remove the file`,
        `${join(dir, "pipes.txt")}: unsupported layout: pipe table`,
      ].sort(),
    );
    expect(readdirSync(out).sort()).toEqual([
      "tmall.alihouse.customer.clue.out.invest.total.data.back.flow.json",
      "topkit.fixture.small.json",
    ]);
    const small = JSON.parse(readFileSync(join(out, "topkit.fixture.small.json"), "utf8"));
    expect(small.category).toBe("测试类目");
  });

  test("parse --allow-incomplete writes a cut page marked incomplete; emit refuses it", () => {
    const dir = temp("topkit-in-");
    writeFileSync(join(dir, "cut.txt"), seedText.slice(0, seedText.indexOf("请求示例")));
    const ir = join(temp("topkit-ir-"), "ir");
    expect(run(["parse", join(dir, "cut.txt"), "--out", ir, "--allow-incomplete"]).code).toBe(0);
    const written = JSON.parse(readFileSync(join(ir, readdirSync(ir)[0]!), "utf8"));
    expect(written.incomplete).toBe(true);
    const out = join(temp("topkit-gen-"), "gen");
    const r = run(["emit", ir, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("incomplete IR (parsed with --allow-incomplete) is never emitted");
    expect(existsSync(out)).toBe(false);
  });

  test("usage errors exit 2", () => {
    expect(run(["parse", "x"]).code).toBe(2);
    expect(run(["frobnicate"]).code).toBe(2);
    const missing = run(["parse", "/no/such/place", "--out", temp("o-")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("/no/such/place: no such file or folder");
  });

  test("emit: an invalid IR file fails with its path and key, and nothing is written", () => {
    const ir = temp("topkit-ir-");
    const good = JSON.parse(readFileSync(new URL("../golden/seed.ir.json", import.meta.url), "utf8"));
    writeFileSync(join(ir, "good.json"), JSON.stringify(good));
    writeFileSync(join(ir, "bad.json"), JSON.stringify({ ...good, method: "x.y", needsSession: "yes" }));
    const out = join(temp("topkit-gen-"), "gen");
    const r = run(["emit", ir, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(ir, "bad.json")}: invalid IR: needsSession:`);
    expect(existsSync(out)).toBe(false);
  });

  test("emit: writes modules, index and registry; refuses a folder with files it did not write", () => {
    // The small test workspace's IR: emitting the catalogue's 5,313 would take minutes.
    const ir = join(tempWorkspace(), "packages/sdk/ir");
    const out = join(temp("topkit-gen-"), "gen");
    expect(run(["emit", ir, "--out", out, "--runtime", "@topkit/sdk"]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["apis", "index.ts", "registry.ts"]);
    expect(readFileSync(join(out, "registry.ts"), "utf8")).toContain('from "@topkit/sdk"');
    const foreign = temp("topkit-mine-");
    mkdirSync(join(foreign, "keep"));
    writeFileSync(join(foreign, "keep", "notes.md"), "mine");
    const r = run(["emit", ir, "--out", foreign]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("holds files not written by topkit-codegen (keep/notes.md)");
    expect(readFileSync(join(foreign, "keep", "notes.md"), "utf8")).toBe("mine");
    // Makes the 4-API test workspace first (a generate run): more than the default 20 s on a loaded machine.
  }, 120_000);

  test("generate --check lists a stale generated file and exits 1; generate repairs it", () => {
    const ws = tempWorkspace();
    const module = join(ws, "packages/sdk/generated/registry.json");
    writeFileSync(module, `${readFileSync(module, "utf8")} `);
    const check = run(["generate", "--check"], ws);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("packages/sdk/generated/registry.json (changed)");
    expect(run(["generate"], ws).code).toBe(0);
    expect(run(["generate", "--check"], ws).code).toBe(0);
  });
});
