#!/usr/bin/env node
// `pnpm bench:limits`: the call limiter's figures (issue 16). The bench itself is TypeScript
// (bench/limits-bench.ts, sharing the fleet worker and redis-server helpers with the tests); this
// launcher bundles it with esbuild under node_modules/.cache and runs it. Needs a built SDK (for the
// gateway and its IRs) and Debian's redis-server.
import { build } from "esbuild";

const outfile = new URL("../node_modules/.cache/topkit-limits/limits-bench.mjs", import.meta.url).pathname;
await build({
  entryPoints: [new URL("./limits-bench.ts", import.meta.url).pathname],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile,
  logLevel: "error",
});
await import(outfile);
