#!/usr/bin/env node
// One-off import (issue 12): copies every named doc JSON of the opentaobao corpus (../shared/corpus/top-metadata,
// Apache-2.0, from bububa/opentaobao) into packages/sdk/top-docs/<method>.json and lists it in manifest.json with
// its docId, sha256, url and category (`<pkg>/catelog.json`). Id-only files (`fpm/.json`, `logistic/.json`)
// name no API and are skipped. An API already in the manifest (the seed, from its page text) keeps its input.
// Later changes come through `pnpm codegen sync`, not through this script.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const shared = process.env.TOPKIT_SHARED ?? resolve(root, "..", "shared");
const corpus = join(shared, "corpus", "top-metadata");
const topDocs = join(root, "packages", "sdk", "top-docs");
const manifestPath = join(topDocs, "manifest.json");
if (!existsSync(corpus)) throw new Error(`${corpus}: no corpus (set TOPKIT_SHARED)`);

const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const known = new Set(manifest.apis.map((e) => e.method));
const skipped = [];
let added = 0;
for (const pkg of readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()) {
  const dir = join(corpus, pkg);
  const catalog = existsSync(join(dir, "catelog.json"))
    ? JSON.parse(readFileSync(join(dir, "catelog.json"), "utf8"))
    : {};
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".json") || name === "catelog.json") continue;
    if (name === ".json") {
      skipped.push(`${pkg}/${name} (id only, names no API)`);
      continue;
    }
    const bytes = readFileSync(join(dir, name));
    const doc = JSON.parse(bytes.toString("utf8"));
    const method = doc.name;
    if (typeof method !== "string" || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(method))
      throw new Error(`${pkg}/${name}: no method name`);
    if (known.has(method)) {
      skipped.push(`${pkg}/${name} (${method} already has an input)`);
      continue;
    }
    known.add(method);
    const file = `${method}.json`;
    copyFileSync(join(dir, name), join(topDocs, file));
    manifest.apis.push({
      method,
      ...(typeof doc.id === "number" && doc.id > 0 ? { docId: doc.id } : {}),
      file,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      ...(typeof catalog.name === "string" && catalog.name.trim() ? { category: catalog.name.trim() } : {}),
      ...(typeof doc.id === "number" && doc.id > 0
        ? { url: `https://open.taobao.com/api.htm?docId=${doc.id}&docType=2` }
        : {}),
    });
    added++;
  }
}
manifest.apis.sort((a, b) => (a.method < b.method ? -1 : 1));
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(join(corpus, "LICENSE.Apache-2.0"), join(topDocs, "LICENSE.Apache-2.0"));
console.log(`added ${added} docs; ${manifest.apis.length} APIs in the manifest; skipped:\n  ${skipped.join("\n  ")}`);
