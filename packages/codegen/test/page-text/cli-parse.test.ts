import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { run as runCli } from "../../src/cli/main.js";
import { excerpt } from "./support/excerpt.js";

let dir: string;
let stderr: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "topkit-page-text-"));
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function run(text: string, ...flags: string[]): Promise<{ out: string; file: string; code: number }> {
  const file = join(dir, "page.txt");
  const out = join(dir, "ir");
  writeFileSync(file, text);
  const code = await runCli(["node", "topkit-codegen", "parse", file, "--out", out, ...flags]);
  return { out, file, code };
}

describe("topkit-codegen parse on page text", () => {
  const cut = excerpt({
    response: ["result Result 响应", "  • └ code", "  • String", "  • succ"],
    cutAfter: "响应参数",
  });

  test("a cut page: `<file>: incomplete: stops inside 响应参数`, exit 1, nothing written", async () => {
    const { out, file, code } = await run(cut);
    expect(code).toBe(1);
    expect(stderr.join("")).toContain(`${file}: incomplete: stops inside 响应参数\n`);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  test("--allow-incomplete writes what was read, marked incomplete", async () => {
    const { out, code } = await run(cut, "--allow-incomplete");
    expect(code).toBe(0);
    const ir = JSON.parse(readFileSync(join(out, "taobao.demo.get.json"), "utf8")) as {
      incomplete?: boolean;
      warnings?: string[];
    };
    expect(ir.incomplete).toBe(true);
    expect(ir.warnings).toContain(
      "response: result.code: the page is cut inside this row; what was read of it may be incomplete (响应参数 line 17)",
    );
  });

  test("a page with no method name: one line naming what is missing, no stack trace", async () => {
    const { file, code } = await run("请求参数\n\n名称 类型 是否必须 示例值 更多限制 描述\n");
    expect(code).toBe(1);
    const text = stderr.join("");
    expect(text).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: no method name: `));
    expect(text).not.toMatch(/\n\s+at /);
  });
});
