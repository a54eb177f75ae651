import { defineConfig } from "tsdown";

// One output file per source module (unbundle), so importing one API pulls in only that API's module
// and the runtime pieces it uses; class+namespace merging would otherwise defeat tree-shaking.
export default defineConfig({
  entry: ["src/index.ts", "src/ir/index.ts", "src/testing/index.ts", "src/tmc/index.ts", "src/generated/apis/*.ts"],
  format: ["esm", "cjs"],
  dts: true,
  unbundle: true,
  clean: true,
  platform: "node",
  shims: true,
  target: "node20",
});
