import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/report.json" },
    // Tests run the built bin as subprocesses, several per test, on a shared 2-core machine.
    testTimeout: 60_000,
  },
});
