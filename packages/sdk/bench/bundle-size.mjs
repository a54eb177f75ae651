#!/usr/bin/env node
// Min+gzip size of an esbuild bundle of a file that imports DefaultTaobaoClient and the seed Request class
// from the package root ("@topkit/sdk", its built ESM), two ways: topkit's own code with its dependencies
// (undici, fast-xml-parser, zod) external, and everything bundled. Then the same against a temporary copy
// of the SDK with a second API generated into it (from ../shared's doc corpus), to show that an API the
// file does not import stays out of the bundle.
// Usage: pnpm bench:sdk   (or, after a build: node packages/sdk/bench/bundle-size.mjs)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import { build as tsdown } from "tsdown";

const sdk = resolve(import.meta.dirname, "..");
const root = resolve(sdk, "../..");
const work = join(sdk, "bench/.tmp/bundle-size"); // inside the package, so its node_modules resolve
const DEPENDENCIES = Object.keys(JSON.parse(readFileSync(join(sdk, "package.json"), "utf8")).dependencies);
const SECOND = "alibaba.buynow.order.create";
const ENTRY = `import { DefaultTaobaoClient, TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest } from "@topkit/sdk";
export { DefaultTaobaoClient, TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest };
`;

/** Bundles ENTRY from `dir` (where "@topkit/sdk" resolves to the SDK under test); returns the minified text. */
async function bundle(dir, external) {
  const entry = join(dir, "entry.mjs");
  writeFileSync(entry, ENTRY);
  const out = await esbuild({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external,
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

/** A copy of the SDK with SECOND's doc added to top-docs, regenerated and built; its folder, or undefined. */
async function sdkWithSecondApi() {
  const shared = process.env.TOPKIT_SHARED ?? join(root, "..", "shared");
  const doc = join(shared, "corpus/endpoint-json", `${SECOND}.json`);
  if (!existsSync(doc)) return undefined;
  const copy = join(work, "two");
  const copySdk = join(copy, "packages/sdk");
  for (const part of ["package.json", "src", "top-docs", "ir"])
    cpSync(join(sdk, part), join(copySdk, part), { recursive: true });
  writeFileSync(join(copy, "pnpm-workspace.yaml"), 'packages: ["packages/*"]\n');
  const bytes = readFileSync(doc);
  cpSync(doc, join(copySdk, "top-docs", `${SECOND}.json`));
  const manifestPath = join(copySdk, "top-docs/manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  manifest.apis.push({
    method: SECOND,
    file: `${SECOND}.json`,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  });
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  // Its output is not wanted here; on failure execFileSync throws with it.
  execFileSync(process.execPath, [join(root, "packages/codegen/bin/topkit-codegen.mjs"), "generate", "--root", copy], {
    stdio: "pipe",
  });
  await tsdown({
    config: false,
    cwd: copySdk,
    entry: ["src/index.ts", "src/generated/apis/*.ts"],
    format: "esm",
    unbundle: true,
    dts: false,
    platform: "node",
    target: "node20",
    outDir: "dist",
    logLevel: "silent",
  });
  mkdirSync(join(copy, "node_modules/@topkit"), { recursive: true });
  symlinkSync(copySdk, join(copy, "node_modules/@topkit/sdk"), "dir");
  return copy;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
try {
  console.log(`esbuild bundle of: import { DefaultTaobaoClient, <seed Request class> } from "@topkit/sdk"`);
  const own = await bundle(work, DEPENDENCIES);
  const ownGz = report(`topkit's own code (external: ${DEPENDENCIES.join(", ")})`, own);
  report("everything bundled (node:* built-ins external)", await bundle(work, []));
  console.log(`  target for topkit's own code: <= 15 KB min+gzip: ${ownGz <= 15 * 1024 ? "met" : "NOT met"}`);

  const copy = await sdkWithSecondApi();
  if (!copy) {
    console.log(
      `\n(skipped the second-API check: ../shared's corpus with ${SECOND}.json was not found; set TOPKIT_SHARED)`,
    );
  } else {
    const registry = readFileSync(join(copy, "packages/sdk/src/generated/registry.ts"), "utf8");
    const exported = readFileSync(join(copy, "packages/sdk/dist/index.mjs"), "utf8");
    console.log(`\nThe same file against a copy of the SDK with ${SECOND} generated into it too:`);
    console.log(
      `  the copy's registry lists ${(registry.match(/^\s+method: "/gm) ?? []).length} APIs; its package root ` +
        `exports AlibabaBuynowOrderCreateRequest: ${exported.includes("AlibabaBuynowOrderCreateRequest") ? "yes" : "no"}`,
    );
    const two = await bundle(copy, DEPENDENCIES);
    const twoGz = report("topkit's own code, SDK with two APIs", two);
    const leaked = two.includes(SECOND) || two.includes("AlibabaBuynowOrderCreate");
    console.log(
      `  the second API in the bundle: ${leaked ? "YES (it leaked in)" : "no"}; size change ${twoGz - ownGz} B min+gzip`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
