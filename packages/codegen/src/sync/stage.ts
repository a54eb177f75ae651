import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type ApiIr, irFromFiles, irTextFile } from "@topkit/sdk/ir";
import { listFiles } from "../fs/write-tree.js";
import { buildGenerated, type Generated } from "../generate/generate.js";
import { type Manifest, type ManifestEntry, serializeManifest } from "../generate/manifest.js";
import type { SdkPaths } from "../generate/workspace.js";
import { sha256 } from "../parse/context.js";
import type { FetchedDoc } from "./fetch-docs.js";

/** What a sync changes in `top-docs/`: docs to store (new or replacing an entry) and methods to drop. */
export interface InputChanges {
  store: readonly FetchedDoc[];
  remove: readonly string[];
}

function entryOf(doc: FetchedDoc, fetchedAt: string): ManifestEntry {
  return {
    method: doc.method,
    docId: doc.target.docId,
    file: doc.file,
    sha256: sha256(doc.text),
    ...(doc.category ? { category: doc.category } : {}),
    url: doc.url,
    fetchedAt,
    ...(doc.etag ? { etag: doc.etag } : {}),
    ...(doc.lastModified ? { lastModified: doc.lastModified } : {}),
  };
}

/**
 * The whole new `top-docs/` folder as files: the committed inputs, minus the removed and replaced ones,
 * plus the fetched docs, and the manifest that lists exactly those. Files the manifest does not own stay.
 */
export function stagedTopDocs(
  paths: SdkPaths,
  manifest: Manifest,
  changes: InputChanges,
  fetchedAt: string,
): Map<string, string> {
  const files = new Map(listFiles(paths.topDocs).map((f) => [f, readFileSync(join(paths.topDocs, f), "utf8")]));
  const replaced = new Set([...changes.remove, ...changes.store.map((d) => d.method)]);
  for (const e of manifest.apis) if (replaced.has(e.method)) files.delete(e.file);
  for (const doc of changes.store) files.set(doc.file, doc.text);
  const apis = [
    ...manifest.apis.filter((e) => !replaced.has(e.method)),
    ...changes.store.map((d) => entryOf(d, fetchedAt)),
  ];
  files.set("manifest.json", serializeManifest({ apis }));
  return files;
}

/**
 * Runs the generate pipeline on staged inputs, in a temporary copy of `top-docs/` outside the repo: the
 * real folders are untouched until everything has been generated in memory.
 */
export async function generateFromStaged(paths: SdkPaths, topDocs: ReadonlyMap<string, string>): Promise<Generated> {
  const temp = mkdtempSync(join(tmpdir(), "topkit-sync-"));
  try {
    for (const [file, text] of topDocs) {
      mkdirSync(dirname(join(temp, file)), { recursive: true });
      writeFileSync(join(temp, file), text);
    }
    // A full run: the staged inputs are not what the last run's cache describes, and sync needs every IR.
    return await buildGenerated(
      { ...paths, topDocs: temp, manifest: join(temp, "manifest.json") },
      { incremental: false },
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The IR of every API a full `generateFromStaged` run produced, read back from its IR files. */
export function generatedIrs(generated: Generated): ApiIr[] {
  const files = generated.files.ir;
  return [...files]
    .filter(([path]) => !path.includes("/")) // the `text/` files go with their IR file
    .map(([path, json]) => {
      const text = files.get(irTextFile(path));
      return irFromFiles(json, path, text === undefined ? undefined : { json: text, where: irTextFile(path) });
    });
}
