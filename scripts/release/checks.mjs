// publint --strict and attw (node16 profile) on packed tarballs: offline, exactly what npm users would install.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
 * A copy of the SDK's tarball whose `generated/apis/` holds only the given APIs' files (`./apis/<method>`
 * subpaths), written beside it. publint expands the `./apis/*` export by walking that folder and, for every
 * file, searching the whole list of packed files (quadratic: 8 to 12 minutes for the catalogue's 21,000
 * files on 2 cores, past the test's timeout once); the files of every API come from the one generator, and
 * packages.test checks separately that every API is exported.
 * @param {string} tarball
 * @param {readonly string[]} subpaths e.g. ATTW_APIS
 */
export function sampledApisTarball(tarball, subpaths) {
  const keep = subpaths.map((s) => `${s.replace(/^\.\/apis\//, "")}.`);
  const work = mkdtempSync(join(tmpdir(), "topkit-sampled-"));
  run("tar", ["-xzf", tarball, "-C", work]);
  const apis = join(work, "package", "generated", "apis");
  for (const file of readdirSync(apis)) if (!keep.some((k) => file.startsWith(k))) rmSync(join(apis, file));
  const out = tarball.replace(/\.tgz$/, ".sampled-apis.tgz");
  run("tar", ["-czf", out, "-C", work, "package"]);
  rmSync(work, { recursive: true, force: true });
  return out;
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
