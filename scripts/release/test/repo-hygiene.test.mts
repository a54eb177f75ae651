import { existsSync } from "node:fs";
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
