// Installs packed tarballs into a fresh project, offline, from the pnpm store the workspace was installed from:
// what a user gets from `npm install @topkit/sdk`, minus the registry.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, workspaceRoot } from "./workspace.mjs";

/**
 * Writes a throwaway project in `dir` depending on every tarball, and installs it with `pnpm install --offline`.
 * The packed packages depend on each other by version (`@topkit/sdk: 0.1.0`), which is not on any registry
 * here: an override points those at the tarball too.
 * @param {{ name: string, tarball: string }[]} packs
 * @param {string} dir
 */
export function installTarballs(packs, dir) {
  const tarballOf = Object.fromEntries(packs.map((p) => [p.name, `file:${p.tarball}`]));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "topkit-smoke", version: "0.0.0", private: true, dependencies: tarballOf }, null, 2)}\n`,
  );
  // JSON is valid YAML, and it quotes the scoped names for us.
  writeFileSync(join(dir, "pnpm-workspace.yaml"), `${JSON.stringify({ overrides: tarballOf }, null, 2)}\n`);
  const store = run("pnpm", ["store", "path"], { cwd: workspaceRoot }).trim();
  return run(
    "pnpm",
    ["install", "--offline", "--no-frozen-lockfile", "--store-dir", store, "--reporter", "append-only"],
    {
      cwd: dir,
    },
  );
}
