#!/usr/bin/env node
// `pnpm check:packages`: packs @topkit/sdk, @topkit/codegen and @topkit/cli and runs publint --strict and attw
// (node16 profile, every exported subpath including each `@topkit/sdk/apis/<method>`) on the tarballs, offline.
// Run after `pnpm build`; `pnpm test` runs the same checks as tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { attwEntrypoints, attwTarball, publintTarball } from "./checks.mjs";
import { packPublished } from "./pack.mjs";

const temp = mkdtempSync(join(tmpdir(), "topkit-check-packages-"));
let failed = 0;

/**
 * Prints one line per check; a failing check prints its tool's report and counts.
 * @param {string} label
 * @param {() => unknown} check
 */
function report(label, check) {
  try {
    check();
    console.log(`ok    ${label}`);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${label}\n${/** @type {Error} */ (e).message}`);
  }
}

try {
  for (const pack of packPublished(temp)) {
    const entrypoints = attwEntrypoints(pack.tarball);
    report(`${pack.name}@${pack.version}: publint --strict`, () => publintTarball(pack.tarball));
    report(`${pack.name}@${pack.version}: attw --profile node16 on ${entrypoints.join(", ")}`, () =>
      attwTarball(pack.tarball, entrypoints),
    );
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exitCode = failed > 0 ? 1 : 0;
