// publint --strict and attw (node16 profile) on packed tarballs: offline, exactly what npm users would install.
import { exportedSubpaths } from "./entrypoints.mjs";
import { tarballFiles, tarballText } from "./pack.mjs";
import { rootBin, run } from "./workspace.mjs";

/**
 * Runs publint in strict mode (warnings fail too); returns its report, throws when it finds anything.
 * @param {string} tarball
 */
export function publintTarball(tarball) {
  return run(rootBin("publint"), ["run", tarball, "--strict"]);
}

/**
 * The subpaths attw is asked to check: everything the package exports, wildcards expanded.
 * @param {string} tarball
 * @returns {string[]}
 */
export function attwEntrypoints(tarball) {
  const pkg = JSON.parse(tarballText(tarball, "package.json"));
  return exportedSubpaths(pkg, tarballFiles(tarball));
}

/**
 * Runs attw with the node16 profile over an explicit list of entry points; returns its JSON analysis
 * (entrypoints with their resolutions). A problem fails with attw's readable table.
 * @param {string} tarball
 * @param {string[]} [entrypoints]
 * @returns {unknown}
 */
export function attwTarball(tarball, entrypoints = attwEntrypoints(tarball)) {
  const args = [tarball, "--profile", "node16", "--entrypoints", ...entrypoints];
  try {
    return JSON.parse(run(rootBin("attw"), [...args, "--format", "json"]));
  } catch {
    run(rootBin("attw"), [...args, "--format", "ascii", "--no-color", "--no-emoji"]);
    throw new Error(`attw failed on ${tarball}, but not when asked for a table; run it by hand`);
  }
}
