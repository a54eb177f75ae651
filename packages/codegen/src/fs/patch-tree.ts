import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** One tree's change: files to place (new or different text), and files to remove. */
export interface TreePatch {
  dir: string;
  place: ReadonlyMap<string, string>;
  remove: readonly string[];
}

export interface PatchOptions {
  /** Called before each file is written into the staging folder (tests inject failures here). */
  beforeWrite?: ((path: string) => void) | undefined;
  /** Called before each file is moved into or out of its tree (tests inject failures here). */
  beforeCommit?: ((path: string) => void) | undefined;
}

/** The part of `files` whose text differs from the file in `dir` (or that has none there yet). */
export function changedFiles(dir: string, files: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of files) {
    const full = join(dir, path);
    if (!existsSync(full) || readFileSync(full, "utf8") !== text) out.set(path, text);
  }
  return out;
}

function moveFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}

/** Moves done so far, undone in reverse order if a later step fails. */
type Undo = (() => void)[];

/** Stages every placed file in `<dir>.staging-<stamp>`; nothing in the trees changes yet. */
function stagePatches(patches: readonly TreePatch[], stamp: string, options: PatchOptions): void {
  for (const p of patches) {
    for (const [path, text] of p.place) {
      options.beforeWrite?.(path);
      const target = join(`${p.dir}.staging-${stamp}`, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
}

/** Moves replaced and removed files to `<dir>.previous-<stamp>` and staged ones in, recording how to undo it. */
function commitPatch(p: TreePatch, stamp: string, options: PatchOptions, undo: Undo): void {
  const staging = `${p.dir}.staging-${stamp}`;
  const previous = `${p.dir}.previous-${stamp}`;
  const setAside = (path: string) => {
    if (!existsSync(join(p.dir, path))) return;
    moveFile(join(p.dir, path), join(previous, path));
    undo.push(() => moveFile(join(previous, path), join(p.dir, path)));
  };
  for (const path of p.remove) {
    options.beforeCommit?.(path);
    setAside(path);
  }
  for (const path of p.place.keys()) {
    options.beforeCommit?.(path);
    setAside(path);
    moveFile(join(staging, path), join(p.dir, path));
    undo.push(() => moveFile(join(p.dir, path), join(staging, path)));
  }
}

/**
 * Changes a few files in each tree, all or nothing: every new text is staged first, then files are moved
 * in one by one, the ones they replace set aside; if anything fails, every move is undone, so every tree
 * is left byte-identical. For incremental runs, where rewriting whole trees would cost more than the change.
 */
export function patchTreesAtomic(patches: readonly TreePatch[], options: PatchOptions = {}): void {
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const cleanUp = () => {
    for (const p of patches) {
      rmSync(`${p.dir}.staging-${stamp}`, { recursive: true, force: true });
      rmSync(`${p.dir}.previous-${stamp}`, { recursive: true, force: true });
    }
  };
  const undo: Undo = [];
  try {
    stagePatches(patches, stamp, options);
    for (const p of patches) commitPatch(p, stamp, options, undo);
  } catch (error) {
    for (const step of undo.reverse()) step();
    cleanUp();
    throw error;
  }
  cleanUp();
}
