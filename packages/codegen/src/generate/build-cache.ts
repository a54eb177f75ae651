import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../fs/write-tree.js";
import { sha256 } from "../parse/context.js";
import { type BuildCache, type CacheEntry, isBuildCache, type OutputRecord } from "./cache-shape.js";

export type { BuildCache, CacheEntry, OutputRecord, SharedEntry } from "./cache-shape.js";

/** The cache of a previous run, if it was made by this very generator; anything unreadable is no cache. */
export function readBuildCache(path: string, fingerprint: string | undefined): BuildCache | undefined {
  if (!fingerprint || !existsSync(path)) return undefined;
  try {
    const cache: unknown = JSON.parse(readFileSync(path, "utf8"));
    return isBuildCache(cache) && cache.fingerprint === fingerprint ? cache : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records the cache once the outputs are in place: files written by this run get their size and mtime now
 * (they were entered with `size: -1`); kept files are hard links, so theirs have not changed.
 */
export function writeBuildCache(path: string, cache: BuildCache, dirs: Readonly<Record<string, string>>): void {
  const entries: Pick<CacheEntry, "outputs">[] = [
    ...Object.values(cache.apis),
    ...(cache.shared ? [cache.shared] : []),
  ];
  for (const entry of entries) {
    for (const [key, record] of Object.entries(entry.outputs)) {
      if (record.size >= 0) continue;
      const stat = statSync(outputPath(key, dirs)!);
      entry.outputs[key] = { sha256: record.sha256, size: stat.size, mtimeMs: stat.mtimeMs };
    }
  }
  writeFileAtomic(path, `${JSON.stringify(cache)}\n`);
}

/** An output as the cache records it before it is written: its hash; size and mtime once on disk. */
export const pendingOutput = (text: string): OutputRecord => ({ sha256: sha256(text), size: -1, mtimeMs: 0 });

function outputPath(key: string, dirs: Readonly<Record<string, string>>): string | undefined {
  const slash = key.indexOf("/");
  const dir = dirs[key.slice(0, slash)];
  return dir === undefined ? undefined : join(dir, key.slice(slash + 1));
}

/** True when the file is what the record says: same size and mtime, or else the same bytes. */
function isIntact(path: string, record: OutputRecord): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return false;
  if (stat.size === record.size && stat.mtimeMs === record.mtimeMs) return true;
  if (sha256(readFileSync(path)) !== record.sha256) return false;
  // Same bytes, new mtime (a checkout, a copy): remember the new stat so the next run need not read it.
  record.size = stat.size;
  record.mtimeMs = stat.mtimeMs;
  return true;
}

/**
 * Whether an entry's outputs can be kept as they are: it was made for the same input, and every file it
 * wrote is still there unchanged (checked by size and mtime, or by content where those moved). Anything
 * else means "rebuild".
 */
export function outputsIntact(
  entry: Pick<CacheEntry, "input" | "outputs"> | undefined,
  input: string,
  dirs: Readonly<Record<string, string>>,
): boolean {
  if (!entry || entry.input !== input) return false;
  return Object.entries(entry.outputs).every(([key, record]) => {
    const path = outputPath(key, dirs);
    return path !== undefined && isIntact(path, record);
  });
}

/** The paths (inside their tree) of an entry's outputs in tree `tree`. */
export function outputsIn(entry: Pick<CacheEntry, "outputs">, tree: string): string[] {
  return Object.keys(entry.outputs)
    .filter((k) => k.startsWith(`${tree}/`))
    .map((k) => k.slice(tree.length + 1));
}

/** Where a run keeps its cache: `node_modules/.cache/topkit-codegen/` of the workspace, never in outputs. */
export function cachePath(root: string, name: string): string {
  return join(root, "node_modules", ".cache", "topkit-codegen", `${name}.json`);
}
