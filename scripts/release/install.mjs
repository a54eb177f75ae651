// Installs packed tarballs into a fresh project, offline, from the pnpm store the workspace was installed from:
// what a user gets from `npm install @topkit/sdk`, minus the registry.
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PUBLISHED, run, workspaceRoot } from "./workspace.mjs";

/**
 * `link:` overrides for the published packages' third-party dependencies, pointing at the copies the workspace
 * installed (inside its pnpm store layout, where their own dependencies sit beside them). `pnpm install --offline`
 * needs registry metadata in its cache to resolve a version, and a fresh machine that installed with
 * `--frozen-lockfile` has none; links need no resolution, so the smoke test works offline on any machine.
 * @param {ReadonlySet<string>} own names of the packed packages
 */
function dependencyLinks(own) {
  /** @type {Record<string, string>} */
  const links = {};
  for (const pkg of PUBLISHED) {
    const { dependencies = {} } = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8"));
    for (const dep of Object.keys(dependencies)) {
      if (!own.has(dep)) links[dep] = `link:${realpathSync(join(pkg.dir, "node_modules", dep))}`;
    }
  }
  return links;
}

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
  const overrides = { ...dependencyLinks(new Set(packs.map((p) => p.name))), ...tarballOf };
  // JSON is valid YAML, and it quotes the scoped names for us.
  writeFileSync(join(dir, "pnpm-workspace.yaml"), `${JSON.stringify({ overrides }, null, 2)}\n`);
  const store = run("pnpm", ["store", "path"], { cwd: workspaceRoot }).trim();
  return run(
    "pnpm",
    ["install", "--offline", "--no-frozen-lockfile", "--store-dir", store, "--reporter", "append-only"],
    {
      cwd: dir,
    },
  );
}
