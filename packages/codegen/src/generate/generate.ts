import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ApiIr } from "@topkit/sdk/ir";
import { staleFiles, type WriteTreeOptions, writeTreesAtomic } from "../fs/write-tree.js";
import { sha256 } from "../parse/context.js";
import { InputError } from "../parse/input-error.js";
import { type BuildCache, cachePath, type OutputRecord, readBuildCache, writeBuildCache } from "./build-cache.js";
import { generatorFingerprint } from "./fingerprint.js";
import { type Built, buildIncrementally, type Unit } from "./incremental.js";
import { type ManifestEntry, readManifest } from "./manifest.js";
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
function topDoc(paths: SdkPaths, entry: ManifestEntry, checked: OutputRecord | undefined) {
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
async function parseTopDoc(entry: ManifestEntry, file: string, bytes: Buffer): Promise<ApiIr> {
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
const inputKey = (e: ManifestEntry) => sha256(JSON.stringify([e.sha256, e.file, e.docId, e.category, e.url]));

/** Everything `generate` would write: IR files and generated modules, from the committed inputs. */
export interface Generated extends Built {
  /** The cache to record once the files are written (absent where the generator cannot be fingerprinted). */
  fullCache?: BuildCache | undefined;
}

export interface GenerateOptions {
  /** Keep the output of APIs whose input is unchanged since the last run (default true). */
  incremental?: boolean | undefined;
  /** Worker threads for emitting (see `emitModules`). */
  jobs?: number | undefined;
  onModule?: ((method: string, index: number, total: number) => void) | undefined;
}

const cacheFile = (paths: SdkPaths) => cachePath(paths.root, "generate");
const treeDirs = (paths: SdkPaths) => ({ code: paths.generated, ir: paths.ir });

/**
 * Parses every input listed in the manifest and emits in memory; any bad input fails the whole run.
 * Incremental: an API whose doc, manifest entry and generator are unchanged since the last run, and whose
 * files still hold what that run wrote, is neither parsed nor emitted again: its files are kept, so the
 * result is byte for byte what a full run gives. Every doc is checked against the manifest (see `topDoc`).
 */
export async function buildGenerated(paths: SdkPaths, options: GenerateOptions = {}): Promise<Generated> {
  const manifest = readManifest(paths.manifest);
  const fingerprint = generatorFingerprint();
  const previous = options.incremental === false ? undefined : readBuildCache(cacheFile(paths), fingerprint);
  const errors: InputError[] = [];
  const units: Unit[] = [];
  for (const entry of manifest.apis) {
    try {
      const cached = previous?.apis[entry.method];
      const doc = topDoc(paths, entry, cached?.source);
      units.push({
        input: inputKey(entry),
        cached,
        source: doc.source,
        load: () => parseTopDoc(entry, doc.file, doc.bytes()),
      });
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join("\n"));
  const built = await buildIncrementally(units, {
    dirs: treeDirs(paths),
    jobs: options.jobs,
    previousShared: previous?.shared,
    onModule: options.onModule,
  });
  return { ...built, ...(fingerprint ? { fullCache: { fingerprint, ...built.cache } } : {}) };
}

/** Files that differ from what `generate` would write, as `ir/…` and `src/generated/…` paths. */
export function checkGenerated(paths: SdkPaths, generated: Generated): string[] {
  return [
    ...staleFiles(paths.ir, generated.files.ir, generated.keep.ir).map((p) => `packages/sdk/ir/${p}`),
    ...staleFiles(paths.generated, generated.files.code, generated.keep.code).map(
      (p) => `packages/sdk/src/generated/${p}`,
    ),
  ];
}

/**
 * Writes the IR folder and the generated folder together, all or nothing; then records what was written
 * for the next incremental run.
 */
export function writeGenerated(paths: SdkPaths, generated: Generated, options: WriteTreeOptions = {}): void {
  writeTreesAtomic(
    [
      { dir: paths.ir, files: generated.files.ir, keep: generated.keep.ir },
      { dir: paths.generated, files: generated.files.code, keep: generated.keep.code },
    ],
    options,
  );
  if (!generated.fullCache) return;
  try {
    writeBuildCache(cacheFile(paths), generated.fullCache, treeDirs(paths));
  } catch {
    // Without a cache the next run is a full one; every reuse is checked against the files, so none is wrong.
  }
}
