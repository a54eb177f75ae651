import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type ApiIr, irFromFiles, irTextFile } from "@topkit/sdk/ir";
import { listFiles, type WriteTreeOptions, writeTreeAtomic } from "../fs/write-tree.js";
import { sha256 } from "../parse/context.js";
import { InputError } from "../parse/input-error.js";
import { type BuildCache, type CacheEntry, cachePath, readBuildCache, writeBuildCache } from "./build-cache.js";
import { generatorFingerprint } from "./fingerprint.js";
import { type Built, buildIncrementally } from "./incremental.js";
import { findWorkspaceRoot } from "./workspace.js";

/**
 * Reads one IR file, validated, with its `text/` file where it has one (the SDK's shipped form); an
 * incomplete IR is refused (it is never emitted).
 */
function readIr(path: string, text: string, paramTexts?: { json: string; where: string }): ApiIr {
  try {
    JSON.parse(text);
  } catch (e) {
    throw new InputError(path, `not valid JSON (${(e as Error).message})`);
  }
  const ir = irFromFiles(text, path, paramTexts);
  if (ir.incomplete) throw new InputError(path, "incomplete IR (parsed with --allow-incomplete) is never emitted");
  return ir;
}

export interface EmitDirOptions {
  runtime?: string | undefined;
  jobs?: number | undefined;
  /** Keep modules whose IR file is unchanged since the last emit into the same folder (default true). */
  incremental?: boolean | undefined;
  onModule?: ((method: string, index: number, total: number) => void) | undefined;
}

export interface EmittedDir extends Built {
  out: string;
  cacheFile: string;
  fullCache?: BuildCache | undefined;
}

/** The cache of emits into `out`, kept with the workspace (or the current folder), one per output folder. */
function emitCacheFile(out: string): string {
  const root = findWorkspaceRoot() ?? process.cwd();
  return cachePath(root, `emit-${sha256(resolve(out)).slice(0, 16)}`);
}

/**
 * `emit`: a folder of IR files -> one module per API plus index and registry. Incremental like `generate`:
 * a module whose IR file and generator are unchanged since the last emit into `out`, and whose file there
 * is still what that emit wrote, is kept instead of being printed again.
 */
export async function buildEmitted(irDir: string, out: string, options: EmitDirOptions = {}): Promise<EmittedDir> {
  const all = new Set(listFiles(irDir));
  // A shipped IR's `text/<name>` belongs to `<name>`: it is read with it, not as an IR of its own.
  const names = [...all].filter((f) => f.endsWith(".json") && !(f.startsWith("text/") && all.has(f.slice(5))));
  if (names.length === 0) throw new InputError(irDir, "no IR files (*.json) found");
  const fingerprint = generatorFingerprint();
  const cacheFile = emitCacheFile(out);
  const previous = options.incremental === false ? undefined : readBuildCache(cacheFile, fingerprint);
  // The method is only known from the IR itself, so a previous entry is found by its input.
  const byInput = new Map<string, CacheEntry>(Object.values(previous?.apis ?? {}).map((e) => [e.input, e]));
  const units = names.map((name) => {
    const path = join(irDir, name);
    const textPath = join(irDir, irTextFile(name));
    // Bytes, not text: most files are only hashed, and decoding 5,000 of them feeds the garbage collector.
    const bytes = readFileSync(path);
    const texts = existsSync(textPath) ? readFileSync(textPath) : undefined;
    const input = createHash("sha256")
      .update(`${options.runtime ?? ""}\0`)
      .update(bytes)
      .update(texts ?? "")
      .digest("hex");
    const load = async () =>
      readIr(path, bytes.toString("utf8"), texts && { json: texts.toString("utf8"), where: textPath });
    return { input, cached: byInput.get(input), load };
  });
  const built = await buildIncrementally(units, {
    dirs: { code: out },
    runtime: options.runtime,
    jobs: options.jobs,
    previousShared: previous?.shared,
    onModule: options.onModule,
  });
  return { ...built, out, cacheFile, ...(fingerprint ? { fullCache: { fingerprint, ...built.cache } } : {}) };
}

/** Replaces `out` with the emitted files, all or nothing, then records them for the next incremental emit. */
export function writeEmitted(emitted: EmittedDir, options: WriteTreeOptions = {}): void {
  writeTreeAtomic(emitted.out, emitted.files.code, { ...options, keep: emitted.keep.code });
  if (!emitted.fullCache) return;
  try {
    writeBuildCache(emitted.cacheFile, emitted.fullCache, { code: emitted.out });
  } catch {
    // Without a cache the next emit is a full one; every reuse is checked against the files, so none is wrong.
  }
}
