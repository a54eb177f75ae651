import { defineConfig } from "tsdown";

export default defineConfig({
  // The emit worker is loaded by path (worker_threads), so it needs an output file of its own.
  entry: ["src/index.ts", "src/cli/main.ts", "src/emit/emit-worker.ts"],
  format: ["esm", "cjs"],
  dts: true,
  unbundle: true,
  clean: true,
  platform: "node",
  target: "node20",
});
