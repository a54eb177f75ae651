import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { pendingChangesets, releaseDryRun } from "../dry-run.mjs";
import { PUBLISHED, workspaceRoot } from "../workspace.mjs";

// A stand-in workspace (the real manifests and changesets config) with a pending changeset, so the test does
// not depend on what .changeset/ holds today.
let root: string;
const sdk = PUBLISHED.find((p) => p.name === "@topkit/sdk")!;
const CHANGESET = `---
"@topkit/sdk": minor
---

Regenerated from TOP's API docs (1 API):

- \`taobao.demo.get\` (\`演示\`, changed): minor
  - request \`req.remark\`: added, optional (String)
`;

/** `x.y.z` bumped the way changesets does it. */
const bumped = (version: string, level: "minor" | "patch") => {
  const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
  return level === "minor" ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
};
const versionOf = (name: string) => PUBLISHED.find((p) => p.name === name)!.version;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "topkit-release-root-"));
  for (const path of ["package.json", "pnpm-workspace.yaml", ".changeset/config.json"]) {
    cpSync(join(workspaceRoot, path), join(root, path));
  }
  for (const p of PUBLISHED)
    cpSync(join(p.dir, "package.json"), join(root, "packages", p.dir.split("/").at(-1)!, "package.json"));
  writeFileSync(join(root, ".changeset", "sync-20260101-abcdef12.md"), CHANGESET);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test("release:dry reports the new versions and changelog entries, changing nothing", () => {
  const before = readFileSync(join(root, "packages/sdk/package.json"), "utf8");
  const released = releaseDryRun(root);
  // The dependents are published with the SDK's exact version (workspace:* is rewritten), so they follow.
  expect(released.map((r) => [r.name, r.from, r.to]).sort()).toEqual([
    ["@topkit/cli", versionOf("@topkit/cli"), bumped(versionOf("@topkit/cli"), "patch")],
    ["@topkit/codegen", versionOf("@topkit/codegen"), bumped(versionOf("@topkit/codegen"), "patch")],
    ["@topkit/sdk", sdk.version, bumped(sdk.version, "minor")],
  ]);
  const entry = (name: string) => released.find((r) => r.name === name)!.entry;
  expect(entry("@topkit/sdk")).toMatch(new RegExp(`^## ${bumped(sdk.version, "minor")}\n\n### Minor Changes\n`));
  expect(entry("@topkit/sdk")).toContain("request `req.remark`: added, optional (String)");
  expect(entry("@topkit/cli")).toContain(`@topkit/sdk@${bumped(sdk.version, "minor")}`);
  expect(readFileSync(join(root, "packages/sdk/package.json"), "utf8")).toBe(before);
  expect(pendingChangesets(root)).toEqual(["sync-20260101-abcdef12.md"]);
});

test("pnpm release:dry prints them", () => {
  const out = execFileSync(process.execPath, [join(workspaceRoot, "scripts/release/dry-run.mjs"), "--root", root], {
    encoding: "utf8",
  });
  expect(out).toContain(`@topkit/sdk: ${sdk.version} -> ${bumped(sdk.version, "minor")}`);
  expect(out).toContain("- `taobao.demo.get` (`演示`, changed): minor");
  rmSync(join(root, ".changeset", "sync-20260101-abcdef12.md"));
  const none = execFileSync(process.execPath, [join(workspaceRoot, "scripts/release/dry-run.mjs"), "--root", root], {
    encoding: "utf8",
  });
  expect(none).toBe("no pending changesets in .changeset/: nothing to release\n");
});
