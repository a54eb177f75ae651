// Packs the published packages the way `pnpm publish` would (workspace:* rewritten to real versions).
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PUBLISHED, run } from "./workspace.mjs";

/**
 * `pnpm pack` of every published package into `dest`; returns each package with its tarball path.
 * @param {string} dest
 */
export function packPublished(dest) {
  mkdirSync(dest, { recursive: true });
  return PUBLISHED.map((pkg) => {
    const before = new Set(readdirSync(dest));
    run("pnpm", ["pack", "--pack-destination", dest], { cwd: pkg.dir });
    const made = readdirSync(dest).filter((f) => f.endsWith(".tgz") && !before.has(f));
    if (made.length !== 1) throw new Error(`pnpm pack in ${pkg.dir} made ${made.length} tarballs: ${made.join(", ")}`);
    return { ...pkg, tarball: join(dest, /** @type {string} */ (made[0])) };
  });
}

/**
 * The files inside a tarball, without the leading `package/`.
 * @param {string} tarball
 */
export function tarballFiles(tarball) {
  return run("tar", ["-tzf", tarball])
    .split("\n")
    .filter((line) => line.startsWith("package/") && !line.endsWith("/"))
    .map((line) => line.slice("package/".length))
    .sort();
}

/**
 * One file of a tarball as text.
 * @param {string} tarball
 * @param {string} path
 */
export function tarballText(tarball, path) {
  return run("tar", ["-xzOf", tarball, `package/${path}`]);
}
