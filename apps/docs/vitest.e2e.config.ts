import { defineConfig } from "vitest/config";

// Browser tests against built sites: one file at a time (each drives chromium; the machine is small).
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/e2e-report.json" },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
