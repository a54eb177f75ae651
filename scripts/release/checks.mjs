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
 * The subpaths attw is asked to check: everything the package exports, with a sample of the APIs (ATTW_APIS).
 * @param {string} tarball
 * @returns {string[]}
 */
export function attwEntrypoints(tarball) {
  return allEntrypoints(tarball).filter((e) => !e.startsWith("./apis/") || ATTW_APIS.includes(e));
}

/**
 * attw on all 5,313 `./apis/<method>` subpaths would take far too long: the seed (page text) and three doc-JSON
 * APIs stand for the rest, all written by the same generator; packages.test checks every API is exported.
 */
export const ATTW_APIS = [
  "./apis/tmall.alihouse.customer.clue.out.invest.total.data.back.flow",
  "./apis/taobao.trade.fullinfo.get",
  "./apis/taobao.logistics.offline.send",
  "./apis/taobao.item.seller.get",
];

/**
 * Every exported subpath, with `./apis/*` expanded to each shipped API.
 * @param {string} tarball
 * @returns {string[]}
 */
export function allEntrypoints(tarball) {
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
