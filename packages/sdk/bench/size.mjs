#!/usr/bin/env node
// Size of topkit's own code that `DefaultTaobaoClient` + the seed Request class pull in, bundled and
// minified with dependencies (undici, fast-xml-parser, zod, node:*) external, then gzipped.
// Usage: node bench/size.mjs   (from packages/sdk; builds into a temp folder)
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "tsdown";

const sdk = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "topkit-size-"));
const entry = join(work, "entry.ts");
writeFileSync(
  entry,
  `export { DefaultTaobaoClient } from ${JSON.stringify(join(sdk, "src/client/default-taobao-client.ts"))};\n` +
    `export { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest } from ${JSON.stringify(
      join(sdk, "src/generated/apis/tmall.alihouse.customer.clue.out.invest.total.data.back.flow.ts"),
    )};\n`,
);
try {
  await build({
    config: false,
    entry: [entry],
    outDir: join(work, "out"),
    format: "esm",
    platform: "node",
    target: "node20",
    minify: true,
    dts: false,
    logLevel: "silent",
    external: [/^node:/, "undici", "fast-xml-parser", "zod"],
  });
  let total = 0;
  let totalGz = 0;
  for (const file of readdirSync(join(work, "out"))) {
    const bytes = readFileSync(join(work, "out", file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += bytes.length;
    totalGz += gz;
    console.log(`${file.padEnd(28)} ${String(bytes.length).padStart(7)} B min  ${String(gz).padStart(6)} B min+gzip`);
  }
  console.log(`${"total".padEnd(28)} ${String(total).padStart(7)} B min  ${String(totalGz).padStart(6)} B min+gzip`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
