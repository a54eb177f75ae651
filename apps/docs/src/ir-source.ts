import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { type ApiIr, bundledIr, readIrDir } from "@topkit/sdk/ir";

/**
 * The env var naming an IR folder to build the site from instead of the SDK's shipped IR (the corpus
 * build in the tests uses it). Relative paths resolve from the current directory.
 */
export const IR_DIR_ENV = "TOPKIT_DOCS_IR";

/** A problem with the IR the site is built from: says which folder and what to do. */
export class DocsIrError extends Error {
  override name = "DocsIrError";
}

/** Every API's IR, sorted by method: from `$TOPKIT_DOCS_IR` when set, else the SDK's bundled IR. */
function loadIr(): ApiIr[] {
  const dir = process.env[IR_DIR_ENV];
  if (dir === undefined || dir === "") return bundledIr();
  const path = resolve(dir);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new DocsIrError(`${IR_DIR_ENV}=${dir}: no such folder; point it at a folder of <method>.json IR files`);
  }
  const irs = readIrDir(path);
  if (irs.length === 0) throw new DocsIrError(`${IR_DIR_ENV}=${dir}: the folder holds no *.json IR files`);
  const incomplete = irs.find((ir) => ir.incomplete);
  if (incomplete) {
    throw new DocsIrError(`${path}/${incomplete.method}.json: incomplete IR (--allow-incomplete) is never published`);
  }
  return irs;
}

let cached: ApiIr[] | undefined;

/** The site's IR, read once per build (config, routes and search all ask for it). */
export function docsIr(): ApiIr[] {
  cached ??= loadIr();
  return cached;
}
