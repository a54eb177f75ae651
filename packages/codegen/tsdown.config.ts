import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/cli/main.ts"],
  format: ["esm", "cjs"],
  dts: true,
  unbundle: true,
  clean: true,
  platform: "node",
  target: "node20",
});
