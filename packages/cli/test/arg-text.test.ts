import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CliError } from "../src/cli-error.js";
import type { Context } from "../src/io/context.js";
import { argText } from "../src/params/arg-text.js";

const dir = mkdtempSync(join(tmpdir(), "topkit-arg-text-"));
const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const withStdin = (bytes: Uint8Array) => ({ stdin: async () => Buffer.from(bytes) }) as unknown as Context;
const GBK_ZHONGWEN = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4]); // "中文" in GBK: not UTF-8

describe("regression: bytes that are not UTF-8 read from @file/@- were silently replaced", () => {
  test("a GBK file or stdin is a usage error naming the flag and the source", async () => {
    const path = file("gbk.txt", GBK_ZHONGWEN);
    const fromFile = await argText(withStdin(new Uint8Array()), `@${path}`, "--set req.data").catch((e: unknown) => e);
    expect(fromFile).toBeInstanceOf(CliError);
    expect((fromFile as Error).message).toBe(`--set req.data: file "${path}" is not UTF-8 text`);
    const fromStdin = await argText(withStdin(GBK_ZHONGWEN), "@-", "--json").catch((e: unknown) => e);
    expect((fromStdin as Error).message).toBe("--json: stdin (@-) is not UTF-8 text");
    expect((fromStdin as CliError).extra.hint).toMatch(/iconv -f GBK -t UTF-8/);
  });

  test("UTF-8 is read as before: one final newline dropped, a BOM dropped, @@ literal kept", async () => {
    const utf8 = new TextEncoder().encode("中文\n");
    expect(await argText(withStdin(utf8), "@-", "x")).toBe("中文");
    const bom = file("bom.txt", Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("{}")]));
    expect(await argText(withStdin(new Uint8Array()), `@${bom}`, "x")).toBe("{}");
    expect(await argText(withStdin(new Uint8Array()), "@@x", "x")).toBe("@x");
  });
});
