import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { changedFiles, type PatchOptions, patchTreesAtomic, type TreePatch } from "./patch-tree.js";

/** Every file under `dir`, as paths relative to it (sorted). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

export type WriteTreeOptions = PatchOptions;

export interface TreeWrite {
  dir: string;
  /** The files to write, by path relative to `dir`. */
  files: ReadonlyMap<string, string>;
  /**
   * Further paths whose current file in `dir` is kept as it is (an incremental run verified it): staged as a
   * hard link to that file, or a copy where linking fails, instead of being printed and written again.
   */
  keep?: ReadonlySet<string> | undefined;
}

/** Stages a kept file: a hard link to the current one (same folder tree, so the same file system), else a copy. */
function stageKept(dir: string, path: string, target: string): void {
  try {
    linkSync(join(dir, path), target);
  } catch {
    copyFileSync(join(dir, path), target);
  }
}

/** Writes `files` (and links `keep`) into a fresh staging folder beside `dir`; removes it if anything fails. */
function stage(write: TreeWrite, stamp: string, options: WriteTreeOptions): string {
  const staging = `${write.dir}.staging-${stamp}`;
  const made = new Set<string>();
  const target = (path: string) => {
    const full = join(staging, path);
    if (!made.has(dirname(full))) {
      mkdirSync(dirname(full), { recursive: true });
      made.add(dirname(full));
    }
    return full;
  };
  try {
    mkdirSync(staging, { recursive: true });
    for (const [path, text] of write.files) {
      options.beforeWrite?.(path);
      writeFileSync(target(path), text);
    }
    for (const path of write.keep ?? []) {
      options.beforeWrite?.(path);
      stageKept(write.dir, path, target(path));
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return staging;
}

/**
 * For an incremental write (every tree says what it keeps): the few files to place and remove, or undefined
 * when so much changes that writing whole trees is the better way.
 */
function smallPatches(writes: readonly TreeWrite[]): TreePatch[] | undefined {
  if (writes.some((w) => w.keep === undefined)) return undefined;
  let changes = 0;
  let total = 0;
  const patches = writes.map((w) => {
    const wanted = new Set([...w.files.keys(), ...(w.keep ?? [])]);
    const onDisk = new Set(listFiles(w.dir));
    const remove = [...onDisk].filter((f) => !wanted.has(f));
    const place = changedFiles(w.dir, w.files);
    changes += place.size + remove.length;
    total += wanted.size;
    return { dir: w.dir, place, remove, missingKept: [...(w.keep ?? [])].some((f) => !onDisk.has(f)) };
  });
  if (patches.some((p) => p.missingKept) || changes > Math.max(64, total / 4)) return undefined;
  return patches;
}

/**
 * Replaces each `dir` with exactly its `files` (and the `keep` files it has), all or nothing across all of
 * them. Small incremental changes are patched in place (`patchTreesAtomic`); otherwise every tree is written
 * to a staging folder first, then swapped in with renames, and a failed swap puts back the ones already
 * done. If anything fails, every `dir` is left byte-identical.
 */
export function writeTreesAtomic(writes: readonly TreeWrite[], options: WriteTreeOptions = {}): void {
  const patches = smallPatches(writes);
  if (patches) {
    patchTreesAtomic(patches, options);
    return;
  }
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staged: string[] = [];
  try {
    for (const w of writes) staged.push(stage(w, stamp, options));
  } catch (error) {
    for (const s of staged) rmSync(s, { recursive: true, force: true });
    throw error;
  }
  const done: { dir: string; previous?: string }[] = [];
  try {
    writes.forEach((w, i) => {
      options.beforeCommit?.(w.dir);
      const previous = `${w.dir}.previous-${stamp}`;
      const had = existsSync(w.dir);
      if (had) renameSync(w.dir, previous);
      done.push(had ? { dir: w.dir, previous } : { dir: w.dir });
      renameSync(staged[i]!, w.dir);
    });
  } catch (error) {
    for (const d of done.reverse()) {
      if (existsSync(d.dir) && d.previous && existsSync(d.previous)) rmSync(d.dir, { recursive: true, force: true });
      if (d.previous && existsSync(d.previous)) renameSync(d.previous, d.dir);
    }
    for (const s of staged) rmSync(s, { recursive: true, force: true });
    throw error;
  }
  for (const d of done) if (d.previous) rmSync(d.previous, { recursive: true, force: true });
}

/** `writeTreesAtomic` for a single folder. */
export function writeTreeAtomic(
  dir: string,
  files: ReadonlyMap<string, string>,
  options: WriteTreeOptions & Pick<TreeWrite, "keep"> = {},
): void {
  writeTreesAtomic([{ dir, files, keep: options.keep }], options);
}

/** Writes one file via a temporary sibling and a rename, so readers never see half a file. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/**
 * Paths whose content differs between `dir` and `files`: changed, missing on disk, or extra on disk. Paths in
 * `keep` are files already verified to be current; they only have to exist.
 */
export function staleFiles(dir: string, files: ReadonlyMap<string, string>, keep?: ReadonlySet<string>): string[] {
  const stale: string[] = [];
  const onDisk = new Set(listFiles(dir));
  for (const [path, text] of files) {
    if (!onDisk.has(path)) stale.push(`${path} (missing)`);
    else if (readFileSync(join(dir, path), "utf8") !== text) stale.push(`${path} (changed)`);
    onDisk.delete(path);
  }
  for (const path of keep ?? []) {
    if (!onDisk.delete(path)) stale.push(`${path} (missing)`);
  }
  for (const extra of onDisk) stale.push(`${extra} (not generated)`);
  return stale.sort();
}
