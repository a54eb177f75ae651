import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The packaging checks (publint, attw, offline install of the tarballs) run from the workspace root, after
// turbo has built the three published packages; their report sits beside the packages' ones for .ci/run.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["scripts/release/test/**/*.test.mts"],
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/report.json" },
    testTimeout: 60_000,
  },
});
