import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { cleanEnv, runCli, tempDir } from "./support/run-cli.js";

const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
let dir: string;
const scripts: Record<string, string> = {};

/** True when `shell` is installed here (bash always is; zsh and fish may not be). */
function has(shell: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${shell}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  dir = tempDir("completion");
  const env = cleanEnv(dir);
  for (const shell of ["bash", "zsh", "fish"]) {
    const run = await runCli(["completion", shell], env);
    expect(run.code).toBe(0);
    scripts[shell] = run.stdout;
    writeFileSync(join(dir, `topkit.${shell}`), run.stdout);
  }
});

describe("bash", () => {
  /**
   * What bash offers for each line of words typed so far (the last word being completed), all in one
   * bash process: each case prints its offers, then a `--` line.
   */
  const complete = (...cases: string[][]): string[][] => {
    const script = cases.map((words) => `t ${["topkit", ...words].map((w) => `'${w}'`).join(" ")}`).join("\n");
    const out = execFileSync(
      "bash",
      [
        "-c",
        `source "$1"
t() { COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _topkit; printf '%s\\n' "\${COMPREPLY[@]}" --; }
${script}`,
        "_",
        join(dir, "topkit.bash"),
      ],
      { encoding: "utf8" },
    );
    return out
      .split("--\n")
      .slice(0, cases.length)
      .map((block) => block.split("\n").filter(Boolean));
  };

  test("commands, subcommands, methods, options and their values; nothing after the method", () => {
    const cases: [string[], string[]][] = [
      [["de"], ["describe"]],
      [["call", "tmall.alihouse.customer.clue.out"], [SEED]],
      [["describe", "tmall.alihouse.customer.clue.out.invest"], [SEED]],
      [["call", SEED, "--dr"], ["--dry-run"]],
      [
        ["call", SEED, "--output", ""],
        ["json", "table", "raw"],
      ],
      [["call", SEED, "--set", "req.type=1", "--env", "s"], ["sandbox"]],
      [
        ["config", ""],
        ["set", "get", "unset", "list", "use", "path"],
      ],
      [
        ["config", "set", "app-"],
        ["app-key", "app-secret"],
      ],
      [
        ["completion", ""],
        ["bash", "zsh", "fish"],
      ],
      [["call", SEED, ""], []],
    ];
    expect(complete(...cases.map(([words]) => words))).toEqual(cases.map(([, offered]) => offered));
  }, 60_000);
});

test("zsh: a #compdef script with a function per command, the methods and option values", () => {
  const zsh = scripts.zsh!;
  expect(zsh.startsWith("#compdef topkit\n")).toBe(true);
  for (const fn of ["_topkit()", "_topkit_call()", "_topkit_config()", "_topkit_config_set()"])
    expect(zsh).toContain(fn);
  // Every method of the catalogue, space-separated in one list.
  expect(zsh).toMatch(/'1:argument:\((?:[\w.-]+ ){100,}[\w.-]+\)'/);
  expect(zsh).toContain(` ${SEED} `);
  expect(zsh).toContain("'(-o --output)'{-o,--output}'[json, table or raw (default json)]:value:(json table raw)'");
  if (has("zsh")) execFileSync("zsh", ["-n", join(dir, "topkit.zsh")]);
});

test("fish: completes like bash (checked with fish itself when installed)", () => {
  const fish = scripts.fish!;
  expect(fish).toContain("complete -c topkit -n '__fish_use_subcommand' -a 'call' -d 'call a TOP API'");
  expect(fish).toMatch(/complete -c topkit -n '__fish_seen_subcommand_from call' -a '(?:[\w.-]+ ){100,}/);
  expect(fish).toContain(` ${SEED} `);
  if (!has("fish")) return;
  const offered = (line: string) =>
    execFileSync("fish", ["-c", `source ${join(dir, "topkit.fish")}; complete -C '${line}'`], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split("\t")[0]);
  expect(offered("topkit de")).toEqual(["describe"]);
  expect(offered("topkit call tmall.alihouse.customer.clue.out")).toEqual([SEED]);
  expect(offered("topkit config set app-")).toEqual(["app-key", "app-secret"]);
});
