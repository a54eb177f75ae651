import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/main.ts"],
  format: ["esm"],
  dts: false,
  unbundle: true,
  clean: true,
  platform: "node",
  target: "node20",
});
