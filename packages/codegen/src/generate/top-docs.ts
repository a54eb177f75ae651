import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ApiIr } from "@topkit/sdk/ir";
import { sha256 } from "../parse/context.js";
import { InputError } from "../parse/input-error.js";
import type { OutputRecord } from "./build-cache.js";
import type { ManifestEntry } from "./manifest.js";
import type { SdkPaths } from "./workspace.js";

/** Reads one committed doc input, checking it is the file the manifest recorded. */
function readTopDoc(paths: SdkPaths, entry: ManifestEntry): { file: string; bytes: Buffer } {
  const file = join(paths.topDocs, entry.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new InputError(file, `listed in manifest.json for ${entry.method} but missing`);
  }
  if (sha256(bytes) !== entry.sha256) {
    throw new InputError(
      file,
      "sha256 differs from manifest.json: the input changed; record it with `pnpm codegen sync`",
    );
  }
  return { file, bytes };
}

/**
 * A committed doc input, checked against the manifest. Where the previous run checked the very same file
 * (same size and mtime) against the same manifest sha256, it is not read again unless it must be parsed:
 * the check build tools make, and it spares reading the whole catalogue when one doc changed.
 */
export function topDoc(paths: SdkPaths, entry: ManifestEntry, checked: OutputRecord | undefined) {
  const file = join(paths.topDocs, entry.file);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new InputError(file, `listed in manifest.json for ${entry.method} but missing`);
  const same = checked?.sha256 === entry.sha256 && checked.size === stat.size && checked.mtimeMs === stat.mtimeMs;
  let bytes = same ? undefined : readTopDoc(paths, entry).bytes;
  return {
    file,
    source: (): OutputRecord => ({ sha256: entry.sha256, size: stat.size, mtimeMs: stat.mtimeMs }),
    bytes: (): Buffer => {
      bytes ??= readTopDoc(paths, entry).bytes;
      return bytes;
    },
  };
}

/** Parses one committed doc input (the parsers, with cheerio, are loaded on first use). */
export async function parseTopDoc(entry: ManifestEntry, file: string, bytes: Buffer): Promise<ApiIr> {
  const { parseDoc } = await import("../parse/index.js");
  const ir = parseDoc(bytes.toString("utf8"), { file, docId: entry.docId, category: entry.category, url: entry.url });
  if (ir.method !== entry.method) {
    throw new InputError(file, `holds ${ir.method}, but manifest.json lists it as ${entry.method}`);
  }
  return ir;
}

/** Reads and parses one committed doc input, checking it is the file the manifest recorded. */
export function irFromTopDoc(paths: SdkPaths, entry: ManifestEntry): Promise<ApiIr> {
  const { file, bytes } = readTopDoc(paths, entry);
  return parseTopDoc(entry, file, bytes);
}

/** Everything an API's outputs depend on besides the generator: the doc's bytes and what the manifest adds. */
export const inputKey = (e: ManifestEntry) => sha256(JSON.stringify([e.sha256, e.file, e.docId, e.category, e.url]));
