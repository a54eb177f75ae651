import { readFileSync } from "node:fs";
import { beforeAll, expect, test } from "vitest";
import { cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
const COMMANDS = [
  [],
  ["call"],
  ["apis"],
  ["describe"],
  ["sign"],
  ["gateway"],
  ["tmc"],
  ["tmc", "listen"],
  ["tmc", "publish"],
  ["config"],
  ["config", "set"],
  ["config", "get"],
  ["config", "unset"],
  ["config", "list"],
  ["config", "use"],
  ["config", "path"],
  ["completion"],
];
let env: Record<string, string>;

beforeAll(() => {
  env = cleanEnv(tempDir("help"));
});

test("--version and -v print the package version", async () => {
  expect((await runCli(["--version"], env)).stdout).toBe(`${pkg.version}\n`);
  expect((await runCli(["-v"], env)).stdout).toBe(`${pkg.version}\n`);
});

test.each(COMMANDS.map((c) => [c.join(" ") || "topkit", c] as const))(
  "%s --help: usage and an example, exit 0",
  async (_name, command) => {
    const run = await runCli([...command, "--help"], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: topkit/);
    expect(run.stdout).toMatch(/\nExamples:\n {2}\$ (topkit|source) /);
  },
);

test("help is Chinese when LANG starts with zh (and LC_ALL does not say otherwise)", async () => {
  const zh = await runCli(["call", "--help"], { ...env, LANG: "zh_CN.UTF-8" });
  expect(zh.stdout).toMatch(/^用法： topkit call/);
  expect(zh.stdout).toContain("选项：");
  expect(zh.stdout).toContain("示例：");
  expect(zh.stdout).toContain("打印已签名请求的 curl 命令，不发送");
  const overridden = await runCli(["call", "--help"], { ...env, LANG: "zh_CN.UTF-8", LC_ALL: "en_US.UTF-8" });
  expect(overridden.stdout).toMatch(/^Usage: topkit call/);
});

test("a bare `topkit` or `topkit config` shows help on stderr and exits 2; an unknown command suggests one", async () => {
  const bare = await runCli([], env);
  expect([bare.code, bare.stdout]).toEqual([2, ""]);
  expect(bare.stderr).toMatch(/^Usage: topkit/);
  const config = await runCli(["config"], env);
  expect([config.code, config.stdout]).toEqual([2, ""]);
  expect(config.stderr).toMatch(/^Usage: topkit config/);
  const typo = await runCli(["describ"], env);
  expect(typo.code).toBe(2);
  expect(typo.stderr).toMatch(/unknown command 'describ'\n\(Did you mean describe\?\)/);
});

test("JSON is one line when piped, pretty and colored with FORCE_TTY=1, pretty without color with NO_COLOR", async () => {
  const args = ["apis", "--output", "json"];
  const piped = await runCli(args, env);
  expect(piped.stdout.trim().split("\n")).toHaveLength(1);
  const tty = await runCli(args, { ...env, FORCE_TTY: "1" });
  expect(tty.stdout).toContain("\u001b[");
  expect(tty.stdout.split("\n").length).toBeGreaterThan(3);
  const noColor = await runCli(args, { ...env, FORCE_TTY: "1", NO_COLOR: "1" });
  expect(noColor.stdout).not.toContain("\u001b[");
  expect(JSON.parse(noColor.stdout)).toEqual(JSON.parse(piped.stdout));
  expect(noColor.stdout).toMatch(/^\[\n {2}\{\n {4}"method": /);
});
