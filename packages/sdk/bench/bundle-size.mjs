#!/usr/bin/env node
// Min+gzip size of an esbuild bundle of a file that imports DefaultTaobaoClient from the package root and the seed
// Request class from its own subpath ("@topkit/sdk/apis/<seed>", the built ESM), two ways: topkit's own code with its
// dependencies (undici, fast-xml-parser, zod) external, and everything bundled. Then the same file importing a
// second API too: the SDK ships all 5,313, and only the imported ones may end up in the bundle.
// Usage: pnpm bench:sdk   (or, after `pnpm build`: node packages/sdk/bench/bundle-size.mjs)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";

const sdk = resolve(import.meta.dirname, "..");
const work = join(sdk, "bench/.tmp/bundle-size"); // inside the package, so "@topkit/sdk" resolves to it by name
const DEPENDENCIES = Object.keys(JSON.parse(readFileSync(join(sdk, "package.json"), "utf8")).dependencies);
const SEED = "tmall.alihouse.customer.clue.out.invest.total.data.back.flow";
const SECOND = "alibaba.buynow.order.create";
const ONE = `import { DefaultTaobaoClient } from "@topkit/sdk";
import { TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest } from "@topkit/sdk/apis/${SEED}";
export { DefaultTaobaoClient, TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest };
`;
const TWO = `${ONE}export { AlibabaBuynowOrderCreateRequest } from "@topkit/sdk/apis/${SECOND}";
`;

/** Bundles `source` from `dir` (where "@topkit/sdk" resolves to the SDK); returns the minified text. */
async function bundle(dir, source, external) {
  const entry = join(dir, "entry.mjs");
  writeFileSync(entry, source);
  const out = await esbuild({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external,
    // Resolve "@topkit/sdk" as an app would, through the package's exports: the SDK's own tsconfig maps it to
    // its sources for the tests, which bundled a second copy of the runtime beside dist/ (generated/ imports dist/).
    tsconfigRaw: "{}",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
function report(label, text) {
  const bytes = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  console.log(`  ${label.padEnd(54)} ${kb(bytes).padStart(9)} min  ${kb(gz).padStart(8)} min+gzip`);
  return gz;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
try {
  console.log(
    `esbuild bundle of: DefaultTaobaoClient from "@topkit/sdk" + the seed Request from "@topkit/sdk/apis/<seed>"`,
  );
  const own = await bundle(work, ONE, DEPENDENCIES);
  const ownGz = report(`topkit's own code (external: ${DEPENDENCIES.join(", ")})`, own);
  report("everything bundled (node:* built-ins external)", await bundle(work, ONE, []));
  console.log(`  target for topkit's own code: <= 15 KB min+gzip: ${ownGz <= 15 * 1024 ? "met" : "NOT met"}`);

  console.log(`\nThe same file importing ${SECOND} too (the SDK ships all 5,313 APIs):`);
  const two = await bundle(work, TWO, DEPENDENCIES);
  const twoGz = report("topkit's own code, two APIs imported", two);
  // A third API (any other of the catalogue) must not be in either bundle.
  const leaked = ["TradeFullinfoGetRequest", "taobao.trade.fullinfo.get"].filter(
    (n) => two.includes(n) || own.includes(n),
  );
  console.log(
    `  the second API adds ${twoGz - ownGz} B min+gzip; an API not imported in the bundle: ${leaked.length ? `YES (${leaked.join(", ")})` : "no"}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
