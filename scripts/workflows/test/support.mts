// Reads the GitHub workflows and the local composite actions, and checks the commands their `run:` steps name
// against what the workspace really has: root and package scripts, turbo tasks, `pnpm codegen` subcommands
// and flags, files, bins. Shared by the workflow tests.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseShell } from "shell-quote";
import { parse as parseYaml } from "yaml";

export const root = fileURLToPath(new URL("../../..", import.meta.url));
const WORKFLOWS = ".github/workflows";
const ACTIONS = ".github/actions";

/** One step of a workflow job or of a composite action. */
export interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

/** A workflow or composite action file: where it is, its text, and its steps with a label each. */
export interface YamlFile {
  path: string;
  text: string;
  doc: Record<string, unknown>;
  steps: { where: string; step: Step }[];
}

function readYaml(path: string): YamlFile {
  const text = readFileSync(join(root, path), "utf8");
  const doc = parseYaml(text) as Record<string, unknown>;
  const steps: YamlFile["steps"] = [];
  const jobs = (doc.jobs ?? {}) as Record<string, { steps?: Step[] }>;
  for (const [job, def] of Object.entries(jobs)) {
    (def.steps ?? []).forEach((step, i) => {
      steps.push({ where: `${path} jobs.${job} step ${i + 1} (${step.name ?? step.uses ?? "run"})`, step });
    });
  }
  const runs = doc.runs as { steps?: Step[] } | undefined;
  (runs?.steps ?? []).forEach((step, i) => {
    steps.push({ where: `${path} step ${i + 1} (${step.name ?? step.uses ?? "run"})`, step });
  });
  return { path, text, doc, steps };
}

/** Every `.github/workflows/*.yml`. */
export function workflows(): YamlFile[] {
  return readdirSync(join(root, WORKFLOWS))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => readYaml(`${WORKFLOWS}/${f}`));
}

/** Every local composite action (`.github/actions/<name>/action.yml`). */
export function actions(): YamlFile[] {
  if (!existsSync(join(root, ACTIONS))) return [];
  return readdirSync(join(root, ACTIONS))
    .filter((d) => existsSync(join(root, ACTIONS, d, "action.yml")))
    .sort()
    .map((d) => readYaml(`${ACTIONS}/${d}/action.yml`));
}

export const workflow = (name: string) => {
  const found = workflows().find((w) => w.path === `${WORKFLOWS}/${name}`);
  if (!found) throw new Error(`${WORKFLOWS}/${name} is missing`);
  return found;
};

interface Manifest {
  name: string;
  private?: boolean;
  version?: string;
  packageManager?: string;
  scripts?: Record<string, string>;
}

const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
export const rootManifest = manifest(".");

/** The workspace packages (the globs of pnpm-workspace.yaml: packages/* and apps/*), with their folders. */
export function workspacePackages(): (Manifest & { dir: string })[] {
  return ["packages", "apps"].flatMap((group) =>
    readdirSync(join(root, group))
      .filter((d) => existsSync(join(root, group, d, "package.json")))
      .map((d) => ({ ...manifest(join(group, d)), dir: join(group, d) })),
  );
}

/** The pnpm version the workspace pins (package.json's packageManager). */
export const pinnedPnpm = /^pnpm@(\d+\.\d+\.\d+)$/.exec(rootManifest.packageManager ?? "")?.[1];

/** Tools a step may call that the runner (ubuntu-24.04) and the CI container (node:*-bookworm) both provide. */
const SYSTEM_TOOLS = new Set(["echo", "cat", "exit", "test", "[", "printf", "true", "apt-get", "git"]);
/** Shell words that are not commands: the next word is. */
const KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "do", "done", "!"]);
/** pnpm's own commands the steps use (anything else must be a script or a bin). */
const PNPM_BUILTINS = new Set(["install", "exec", "store", "publish"]);
const REDIRECTS = new Set([">", ">>", "<", "2>", "&>", ">&"]);

type Token = ReturnType<typeof parseShell>[number];

/** The simple commands of a shell script: words per command, `$(…)` contents included, `$VAR` kept as text. */
export function shellCommands(script: string): string[][] {
  const substitutions: string[] = [];
  const flat = script.replace(/\\\n/g, " ").replace(/\$\(([^()]*)\)/g, (_, inner: string) => {
    substitutions.push(inner);
    return "SUBSTITUTED";
  });
  const commands: string[][] = substitutions.flatMap(shellCommands);
  for (const line of flat.split("\n")) {
    let words: string[] = [];
    let skipNext = false;
    const end = () => {
      if (words.length > 0) commands.push(words);
      words = [];
    };
    for (const token of parseShell(line, (key) => `$${key}`) as Token[]) {
      if (typeof token === "string") {
        if (skipNext) skipNext = false;
        else if (!(words.length === 0 && (KEYWORDS.has(token) || /^[A-Za-z_]\w*=/.test(token)))) words.push(token);
      } else if ("comment" in token) break;
      else if ("op" in token && REDIRECTS.has(token.op)) skipNext = true;
      else if ("op" in token && token.op === "glob") words.push(token.pattern);
      else end();
    }
    end();
  }
  return commands;
}

/** `topkit-codegen --help` output per subcommand, from the built CLI (what `pnpm codegen` runs). */
const helpCache = new Map<string, string>();
function codegenHelp(sub?: string): string {
  const key = sub ?? "";
  const cached = helpCache.get(key);
  if (cached !== undefined) return cached;
  const bin = join(root, "packages/codegen/bin/topkit-codegen.mjs");
  if (!existsSync(join(root, "packages/codegen/dist"))) {
    throw new Error("packages/codegen is not built: run `pnpm turbo run build --filter=@topkit/codegen...` first");
  }
  const help = execFileSync(process.execPath, [bin, ...(sub ? [sub] : []), "--help"], { encoding: "utf8" });
  helpCache.set(key, help);
  return help;
}

function turboTasks(): Set<string> {
  const turbo = JSON.parse(readFileSync(join(root, "turbo.json"), "utf8")) as { tasks: Record<string, unknown> };
  // `pkg#task` keys configure one package's task; `turbo run task` runs it by the task's own name.
  return new Set(Object.keys(turbo.tasks).map((t) => t.replace(/^.*#/, "")));
}

const hasBin = (name: string) => existsSync(join(root, "node_modules/.bin", name));

/** The workspace packages a `--filter` selects: a package name, or a folder glob such as `./packages/*`. */
function filtered(filter: string): (Manifest & { dir: string })[] {
  if (!filter.startsWith("./")) return workspacePackages().filter((p) => p.name === filter);
  const folder = new RegExp(`^${filter.slice(2).replaceAll(".", "\\.").replaceAll("*", "[^/]+")}$`);
  return workspacePackages().filter((p) => folder.test(p.dir));
}

/** Problems with one `pnpm …` command; `depth` follows root scripts into the commands they run. */
function checkPnpm(words: string[], depth: number): string[] {
  const args = [...words];
  let filter: string | undefined;
  while (args[0] === "-r" || args[0] === "--recursive" || args[0] === "--filter" || args[0] === "-F") {
    const flag = args.shift();
    if (flag === "--filter" || flag === "-F") filter = args.shift();
  }
  const [first, ...rest] = args;
  if (first === undefined) return ["`pnpm` with no command"];
  if (filter !== undefined) {
    const targets = filtered(filter);
    if (targets.length === 0) return [`pnpm --filter ${filter}: selects no workspace package`];
    if (PNPM_BUILTINS.has(first)) return [];
    return targets
      .filter((p) => !p.scripts?.[first])
      .map((p) => `pnpm --filter ${filter} ${first}: ${p.name} has no script "${first}"`);
  }
  if (PNPM_BUILTINS.has(first)) return [];
  if (first === "codegen") return checkCodegen(rest);
  if (first === "turbo") return checkCommand(args, depth);
  const script = rootManifest.scripts?.[first];
  if (script !== undefined) return depth > 0 ? checkScript(script, depth - 1) : [];
  if (hasBin(first)) return [];
  return [`pnpm ${first}: not a root script, a pnpm command the workflows use, or a bin of the workspace`];
}

/** `pnpm codegen <sub> --flags`: the subcommand and every flag must be in the built CLI's help. */
function checkCodegen(args: string[]): string[] {
  const [sub, ...rest] = args;
  if (!sub) return ["`pnpm codegen` with no subcommand"];
  const commands = new Set([...codegenHelp().matchAll(/^ {2}(\w[\w-]*)/gm)].map((m) => m[1]));
  if (!commands.has(sub)) return [`pnpm codegen ${sub}: topkit-codegen has no such command`];
  const flags = new Set(codegenHelp(sub).match(/--[a-z][a-z-]*/g));
  return rest
    .filter((a) => a.startsWith("--"))
    .map((a) => a.split("=")[0]!)
    .filter((f) => !flags.has(f))
    .map((f) => `pnpm codegen ${sub} ${f}: not a flag of topkit-codegen ${sub}`);
}

/** Problems with one simple command (its words). */
export function checkCommand(words: string[], depth = 2): string[] {
  const [cmd, ...args] = words;
  if (cmd === undefined) return [];
  if (cmd === "pnpm") return checkPnpm(args, depth);
  if (cmd === "npm") {
    const pnpm = args.join(" ").match(/^install -g pnpm@(\S+)$/);
    if (!pnpm) return [`npm ${args.join(" ")}: the workflows use npm only to install pnpm`];
    return pnpm[1] === pinnedPnpm ? [] : [`npm installs pnpm@${pnpm[1]}, package.json pins pnpm@${pinnedPnpm}`];
  }
  if (cmd === "node" || cmd === "bash") {
    const file = args.find((a) => !a.startsWith("-"));
    return file && existsSync(join(root, file)) ? [] : [`${cmd} ${file ?? ""}: no such file in the workspace`];
  }
  if (cmd === "turbo") {
    const run = args.indexOf("run");
    const tasks = args.slice(run + 1).filter((a) => !a.startsWith("-"));
    const known = turboTasks();
    const bad = tasks.filter((t) => !known.has(t));
    return run < 0 ? ["turbo without `run`"] : bad.map((t) => `turbo run ${t}: not a task in turbo.json`);
  }
  if (SYSTEM_TOOLS.has(cmd) || hasBin(cmd)) return [];
  return [`${cmd}: not a script, a workspace bin or a tool the runner provides (SYSTEM_TOOLS)`];
}

/** Problems with every command of a script (a `run:` step, or a package.json script followed from one). */
export function checkScript(script: string, depth = 2): string[] {
  return shellCommands(script).flatMap((words) => checkCommand(words, depth));
}
