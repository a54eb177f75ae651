import { defineConfig } from "vitest/config";

// `pnpm bench:docs` (see bench/docs.bench.ts): one long measuring run, not part of `pnpm test`.
export default defineConfig({
  test: {
    include: ["bench/**/*.bench.ts"],
    testTimeout: 1_800_000,
  },
});
