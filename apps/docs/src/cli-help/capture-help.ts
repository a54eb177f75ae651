import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One command's help as the built CLI prints it. */
export interface CommandHelp {
  /** `topkit` for the program, else `topkit <command>`. */
  name: string;
  text: string;
}

/** The built `topkit` binary, found through the workspace dependency on `@topkit/cli`. */
function cliBin(): string {
  const pkgPath = createRequire(import.meta.url).resolve("@topkit/cli/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { bin?: Record<string, string> };
  const bin = pkg.bin?.topkit;
  if (!bin) throw new Error(`${pkgPath}: no \`topkit\` bin entry`);
  return join(dirname(pkgPath), bin);
}

function helpOf(bin: string, args: string[]): string {
  try {
    // English help, no colour, no TTY styling: the page shows what a plain terminal shows.
    const env = { ...process.env, LANG: "C", LC_ALL: "C", NO_COLOR: "1", FORCE_TTY: "" };
    return execFileSync(process.execPath, [bin, ...args], { env, encoding: "utf8", timeout: 20_000 }).trimEnd();
  } catch (e) {
    throw new Error(
      `\`topkit ${args.join(" ")}\` failed while building the CLI reference (is @topkit/cli built?): ${(e as Error).message}`,
    );
  }
}

/** Subcommand names listed under `Commands:` in commander's help (the `help` command itself left out). */
export function commandNames(help: string): string[] {
  const section = help.split(/^Commands:\s*$/m)[1];
  if (!section) return [];
  const names: string[] = [];
  for (const line of section.split("\n").slice(1)) {
    if (line.trim() === "") break;
    const name = line.match(/^ {2}([\w:-]+)/)?.[1];
    if (name && name !== "help") names.push(name);
  }
  return names;
}

/** Help of the command at `path` and of its subcommands, depth first (`config` -> `config set`, …). */
function helpTree(bin: string, path: readonly string[]): CommandHelp[] {
  const text = helpOf(bin, [...path, "--help"]);
  const own = { name: ["topkit", ...path].join(" "), text };
  // Two levels cover the CLI's shape (`topkit config set`); deeper nesting would be a design change.
  const children = path.length < 2 ? commandNames(text).flatMap((c) => helpTree(bin, [...path, c])) : [];
  return [own, ...children];
}

/** `topkit --help` and every command's and subcommand's `--help`, run from the built CLI. */
export function captureCliHelp(): CommandHelp[] {
  const bin = cliBin();
  if (!existsSync(bin)) throw new Error(`${bin}: the CLI is not built; run \`pnpm build\` first`);
  return helpTree(bin, []);
}
