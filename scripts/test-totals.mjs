#!/usr/bin/env node
// Sums the vitest JSON reports of every package into one line `N passed, N failed, N skipped`;
// exits 1 when a test failed or no report was found (a run that tested nothing is not a pass).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const reports = ["packages", "apps"]
  .flatMap((group) =>
    existsSync(join(root, group)) ? readdirSync(join(root, group)).map((d) => join(root, group, d)) : [],
  )
  .concat([root]) // the packaging checks (scripts/release) report from the workspace root
  // report.json from `test`; e2e-report.json from `test:e2e` (apps/docs' browser tests); workflows-report.json
  // from the root's `test:workflows` (the GitHub workflow checks)
  .flatMap((dir) => ["report.json", "e2e-report.json", "workflows-report.json"].map((f) => join(dir, ".vitest", f)))
  .filter(existsSync);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0);
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || reports.length === 0 ? 1 : 0);
