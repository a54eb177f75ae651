import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { run, workspaceRoot } from "../workspace.mjs";

// Tests write their output under ignored folders (`**/test/.tmp/`, `.vitest/`, …). A file that is both tracked and
// ignored is one a test rewrites on every run, so every run leaves a diff; `git ls-files -ci` lists exactly those.
// A source tarball has no .git: there is nothing to check then (CI always runs from a clone).
const inClone = existsSync(join(workspaceRoot, ".git"));

test.skipIf(!inClone && process.env.CI !== "true")(
  "no tracked file is also ignored (test output is never committed)",
  () => {
    const trackedButIgnored = run("git", ["ls-files", "-ci", "--exclude-standard"], { cwd: workspaceRoot })
      .split("\n")
      .filter(Boolean);
    expect(trackedButIgnored).toEqual([]);
  },
);

// The README's layout table names every source folder of each package, so a new folder gets a line there.
test("the README's layout table names every source folder", () => {
  const readme = readFileSync(join(workspaceRoot, "README.md"), "utf8");
  const rowOf = (pkg: string) => readme.split("\n").find((line) => line.startsWith(`| \`packages/${pkg}\``)) ?? "";
  const missing = ["sdk", "codegen", "cli"].flatMap((pkg) =>
    readdirSync(join(workspaceRoot, "packages", pkg, "src"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !rowOf(pkg).includes(`\`${entry.name}/\``))
      .map((entry) => `packages/${pkg}/src/${entry.name}/`),
  );
  expect(missing).toEqual([]);
});

// Comments point at the design in the repository, never at a file that is not there. `git grep` exits 1 when
// nothing matches, which is the passing case.
test.skipIf(!inClone && process.env.CI !== "true")("no source cites DESIGN.md; docs/architecture.md is there", () => {
  expect(existsSync(join(workspaceRoot, "docs/architecture.md"))).toBe(true);
  const grep = spawnSync(
    "git",
    ["grep", "-l", "DESIGN\\.md", "--", "packages", "apps", "scripts", ":!scripts/release/test/repo-hygiene.test.mts"],
    {
      cwd: workspaceRoot,
      encoding: "utf8",
    },
  );
  expect({ status: grep.status, files: grep.stdout }).toEqual({ status: 1, files: "" });
});
