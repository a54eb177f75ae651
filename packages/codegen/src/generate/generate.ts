import { staleFiles, type WriteTreeOptions, writeTreesAtomic } from "../fs/write-tree.js";
import { InputError } from "../parse/input-error.js";
import { type BuildCache, cachePath, readBuildCache, writeBuildCache } from "./build-cache.js";
import { generatorFingerprint } from "./fingerprint.js";
import { type Built, buildIncrementally, type Unit } from "./incremental.js";
import { readManifest } from "./manifest.js";
import { inputKey, parseTopDoc, topDoc } from "./top-docs.js";
import type { SdkPaths } from "./workspace.js";

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
    shape: "published",
    jobs: options.jobs,
    previousShared: previous?.shared,
    onModule: options.onModule,
  });
  return { ...built, ...(fingerprint ? { fullCache: { fingerprint, ...built.cache } } : {}) };
}

/** Files that differ from what `generate` would write, as `ir/…` and `generated/…` paths. */
export function checkGenerated(paths: SdkPaths, generated: Generated): string[] {
  return [
    ...staleFiles(paths.ir, generated.files.ir, generated.keep.ir).map((p) => `packages/sdk/ir/${p}`),
    ...staleFiles(paths.generated, generated.files.code, generated.keep.code).map((p) => `packages/sdk/generated/${p}`),
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
export { irFromTopDoc } from "./top-docs.js";
