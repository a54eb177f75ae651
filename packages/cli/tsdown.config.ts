import { defineConfig } from "tsdown";

// ESM + CJS + types so that `@topkit/cli` can also be imported (to run `main(argv)` from code), not only run as a bin.
export default defineConfig({
  entry: ["src/index.ts", "src/main.ts"],
  format: ["esm", "cjs"],
  dts: true,
  unbundle: true,
  clean: true,
  platform: "node",
  shims: true,
  target: "node20",
});
