#!/usr/bin/env node
// `pnpm release:dry [--root <dir>]`: what `changeset version` would do with the pending changesets, run on a
// temporary copy of the workspace's manifests: the new versions and the changelog entries. Nothing in the
// workspace changes.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { rootBin, run, workspaceRoot } from "./workspace.mjs";

/**
 * Workspace package folders (relative), from the `packages/*` and `apps/*` globs of pnpm-workspace.yaml.
 * @param {string} root
 */
function packageDirs(root) {
  return ["packages", "apps"].flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group))
          .map((d) => join(group, d))
          .filter((d) => existsSync(join(root, d, "package.json")))
      : [],
  );
}

/**
 * @param {string} root
 * @param {string} dir
 * @returns {{ name: string, version: string, private?: boolean }}
 */
const manifestOf = (root, dir) => JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));

/**
 * The pending changesets (`.changeset/*.md` but its README).
 * @param {string} root
 */
export function pendingChangesets(root) {
  const dir = join(root, ".changeset");
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md") : [];
}

/**
 * Copies what `changeset version` reads and writes (root manifest, workspace file, .changeset, each package's
 * package.json and CHANGELOG.md) into `temp`, with the workspace's node_modules linked for its plugins.
 * @param {string} root
 * @param {string} temp
 */
function copyForVersioning(root, temp) {
  for (const file of ["package.json", "pnpm-workspace.yaml"]) cpSync(join(root, file), join(temp, file));
  cpSync(join(root, ".changeset"), join(temp, ".changeset"), { recursive: true });
  for (const dir of packageDirs(root)) {
    for (const file of ["package.json", "CHANGELOG.md"]) {
      if (existsSync(join(root, dir, file))) cpSync(join(root, dir, file), join(temp, dir, file));
    }
  }
  symlinkSync(join(workspaceRoot, "node_modules"), join(temp, "node_modules"), "dir");
}

/**
 * The section of a CHANGELOG.md for `version`: from its `## <version>` heading to the next `## `.
 * @param {string} changelog
 * @param {string} version
 */
function entryFor(changelog, version) {
  const start = changelog.indexOf(`## ${version}\n`);
  if (start < 0) return "";
  const next = changelog.indexOf("\n## ", start + 1);
  return changelog.slice(start, next < 0 ? undefined : next).trim();
}

/**
 * Runs `changeset version` on a temporary copy of `root`; returns each package whose version would change,
 * with its changelog entry.
 * @param {string} root
 */
export function releaseDryRun(root) {
  const temp = mkdtempSync(join(tmpdir(), "topkit-release-dry-"));
  try {
    copyForVersioning(root, temp);
    const before = new Map(packageDirs(root).map((dir) => [dir, manifestOf(root, dir).version]));
    run(rootBin("changeset"), ["version"], { cwd: temp });
    return packageDirs(root).flatMap((dir) => {
      const { name, version } = manifestOf(temp, dir);
      const from = before.get(dir) ?? "";
      if (version === from) return [];
      const changelog = existsSync(join(temp, dir, "CHANGELOG.md"))
        ? readFileSync(join(temp, dir, "CHANGELOG.md"), "utf8")
        : "";
      return [{ name, from, to: version, entry: entryFor(changelog, version) }];
    });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const at = process.argv.indexOf("--root");
  const root = at > 0 ? (process.argv[at + 1] ?? "") : workspaceRoot;
  const pending = pendingChangesets(root);
  if (pending.length === 0) {
    console.log("no pending changesets in .changeset/: nothing to release");
  } else {
    console.log(`${pending.length} pending changeset(s): ${pending.join(", ")}\n`);
    for (const r of releaseDryRun(root)) console.log(`${r.name}: ${r.from} -> ${r.to}\n\n${r.entry}\n`);
    console.log("(dry run: nothing in the workspace changed; `pnpm version-packages` applies this)");
  }
}
