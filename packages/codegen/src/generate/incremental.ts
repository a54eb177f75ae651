import { type ApiIr, irTextFile, serializeIr, shippedIr } from "@topkit/sdk/ir";
import { type ApiMeta, metaOf } from "../emit/api-meta.js";
import type { EmitResult } from "../emit/emit-pool.js";
import { InputError } from "../parse/input-error.js";
import {
  type BuildCache,
  type CacheEntry,
  type OutputRecord,
  outputsIn,
  outputsIntact,
  pendingOutput,
  type SharedEntry,
} from "./build-cache.js";
import { buildSharedFiles } from "./shared-files.js";

/** One API to build: what its outputs depend on, what the last run made of it, and how to read it again. */
export interface Unit {
  input: string;
  cached: CacheEntry | undefined;
  /** The doc as checked in this run, recorded in the cache (see `generate`). */
  source?: () => OutputRecord | undefined;
  /** Reads the API's IR (parses its doc); only called when the previous outputs cannot be kept. */
  load: () => Promise<ApiIr>;
}

export interface BuildOptions {
  /** Folder of each output tree: `code` (modules, index, registry) and, with IR files, `ir`. */
  dirs: { code: string; ir?: string | undefined };
  runtime?: string | undefined;
  /**
   * `published` (generate): each API as loaders that build its classes from its IR + declarations, no TypeScript to compile, and a
   * `registry.json`; `source` (emit): one TypeScript module per API plus index.ts and registry.ts.
   */
  shape?: "published" | "source" | undefined;
  jobs?: number | undefined;
  /** What the previous run recorded for index and registry. */
  previousShared?: SharedEntry | undefined;
  onModule?: ((method: string, index: number, total: number) => void) | undefined;
}

/** The outputs of a run: texts printed now, and paths kept as they are, per tree. */
export interface Built {
  apis: number;
  /** APIs read and printed by this run; the others were kept. */
  rebuilt: number;
  /** Worker threads that printed them (0: this thread). */
  threads: number;
  files: { code: Map<string, string>; ir: Map<string, string> };
  keep: { code: Set<string>; ir: Set<string> };
  /** The cache describing these outputs (stats filled in by `writeBuildCache` after the write). */
  cache: Omit<BuildCache, "fingerprint">;
}

interface Fresh {
  ir: ApiIr;
  input: string;
  source: OutputRecord | undefined;
}

/** Prints modules; loaded only when something is printed, as ts-morph takes a while to load. */
async function printModules(irs: ApiIr[], options: BuildOptions): Promise<EmitResult> {
  const { emitModules } = await import("../emit/emit-pool.js");
  return emitModules(irs, options);
}

/** Every code file of each IR (path inside the code tree -> text), in the order given. */
async function printFiles(irs: ApiIr[], options: BuildOptions, built: Built): Promise<[string, string][][]> {
  if (irs.length === 0) return [];
  if (options.shape === "published") {
    // Plain string templates: fast enough in this thread (no ts-morph, no worker start-up).
    const { publishedFiles } = await import("../emit/published.js");
    return irs.map((ir, i) => {
      options.onModule?.(ir.method, i, irs.length);
      return publishedFiles(ir);
    });
  }
  const printed = await printModules(irs, options);
  built.threads = printed.threads;
  return irs.map((ir, i) => [[`apis/${ir.method}.ts`, printed.texts[i]!]]);
}

/** Reads the units whose outputs cannot be kept; every bad input is reported, not just the first. */
async function loadFresh(units: readonly Unit[]): Promise<Fresh[]> {
  const fresh: Fresh[] = [];
  const errors: InputError[] = [];
  for (const unit of units) {
    try {
      const ir = await unit.load();
      fresh.push({ ir, input: unit.input, source: unit.source?.() });
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join("\n"));
  return fresh;
}

/**
 * Builds every unit's module (and IR file), keeping the previous outputs of each unit whose input and files
 * are unchanged, and printing the rest. The printed text depends only on the IR, so a run that keeps files
 * gives the same bytes as one that prints everything.
 */
export async function buildIncrementally(units: readonly Unit[], options: BuildOptions): Promise<Built> {
  const { dirs } = options;
  const built: Built = {
    apis: units.length,
    rebuilt: 0,
    threads: 0,
    files: { code: new Map(), ir: new Map() },
    keep: { code: new Set(), ir: new Set() },
    cache: { apis: {} },
  };
  const metas: ApiMeta[] = [];
  const stale: Unit[] = [];
  for (const unit of units) {
    if (!unit.cached || !outputsIntact(unit.cached, unit.input, dirs)) {
      stale.push(unit);
      continue;
    }
    for (const tree of ["code", "ir"] as const) for (const p of outputsIn(unit.cached, tree)) built.keep[tree].add(p);
    metas.push(unit.cached.meta);
    built.cache.apis[unit.cached.meta.method] = { ...unit.cached, source: unit.source?.() };
  }
  const fresh = await loadFresh(stale);
  const codeFiles = await printFiles(
    fresh.map((f) => f.ir),
    options,
    built,
  );
  fresh.forEach(({ ir, input, source }, i) => {
    const outputs: Record<string, OutputRecord> = {};
    for (const [path, text] of codeFiles[i]!) {
      if (built.files.code.has(path) || built.keep.code.has(path)) {
        throw new InputError(dirs.ir ?? dirs.code, `${ir.method} is given twice`);
      }
      built.files.code.set(path, text);
      outputs[`code/${path}`] = pendingOutput(text);
    }
    if (dirs.ir) {
      const file = `${ir.method}.json`;
      // `generate` writes the IR as the SDK ships it (structure + param texts, `shippedIr`); `emit` reads
      // IR folders in the one-file form its input had.
      const shipped = options.shape === "published" ? shippedIr(ir) : undefined;
      const irFiles: [string, string][] = shipped
        ? [
            [file, shipped.structure],
            [irTextFile(file), shipped.text],
          ]
        : [[file, serializeIr(ir)]];
      for (const [path, text] of irFiles) {
        built.files.ir.set(path, text);
        outputs[`ir/${path}`] = pendingOutput(text);
      }
    }
    const meta = metaOf(ir);
    metas.push(meta);
    built.cache.apis[ir.method] = { input, outputs, meta, source };
  });
  built.rebuilt = fresh.length;
  const shared = await buildSharedFiles(metas, options, dirs.code);
  for (const [path, text] of shared.files) built.files.code.set(path, text);
  for (const path of shared.keep) built.keep.code.add(path);
  built.cache.shared = shared.entry;
  return built;
}
