import { defineConfig } from "tsdown";

// One output file per source module (unbundle). The APIs are not compiled here: codegen writes them as
// ready JS + declarations into generated/ (see docs/architecture.md "Generated code"); they import
// dist/runtime/define.mjs, an entry of its own so its path is stable.
export default defineConfig({
  entry: [
    "src/index.ts",
    "src/ir/index.ts",
    "src/testing/index.ts",
    "src/limits/redis/index.ts",
    "src/tmc/index.ts",
    "src/registry/index.ts",
    "src/runtime/define.ts",
  ],
  format: ["esm", "cjs"],
  dts: true,
  unbundle: true,
  clean: true,
  platform: "node",
  shims: true,
  target: "node20",
});
