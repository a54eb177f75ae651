import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The GitHub workflow checks (actionlint, pins, run steps) run from the workspace root; their report sits beside
// the packaging checks' one, under its own name, for scripts/test-totals.mjs.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["scripts/workflows/test/**/*.test.mts"],
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/workflows-report.json" },
    testTimeout: 30_000,
  },
});
