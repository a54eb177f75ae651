import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Test files that must pass whatever the host's time zone: each runs once per zone below. */
const TZ_FILES = ["test/**/*.tz.test.ts"];

const inZone = (name: string, TZ: string) => ({
  extends: true as const,
  test: { name, include: TZ_FILES, env: { TZ } },
});

export default defineConfig({
  resolve: {
    // Generated API modules (generated/apis/*.mjs) import the built runtime; under test they get the sources,
    // so their classes are the very ones the tests' client, errors and gateway use.
    alias: [
      {
        find: /^(?:\.\.\/)+dist\/runtime\/define\.mjs$/,
        replacement: fileURLToPath(new URL("./src/runtime/define.ts", import.meta.url)),
      },
    ],
  },
  test: {
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/report.json" },
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: "sdk", include: ["src/**/*.test.ts", "test/**/*.test.ts"], exclude: TZ_FILES } },
      inZone("tz-los-angeles", "America/Los_Angeles"),
      inZone("tz-shanghai", "Asia/Shanghai"),
    ],
  },
});
