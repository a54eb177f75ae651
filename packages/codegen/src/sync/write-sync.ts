import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles, type WriteTreeOptions, writeTreesAtomic } from "../fs/write-tree.js";
import type { Generated } from "../generate/generate.js";
import type { SdkPaths } from "../generate/workspace.js";

/** Everything a sync writes: the new inputs, what they generate, and the release note. */
export interface SyncWrite {
  topDocs: ReadonlyMap<string, string>;
  generated: Generated;
  /** Absent when only docs' bytes changed, not what the SDK is generated from: inputs refreshed, no release. */
  changeset?: { dir: string; file: string; text: string } | undefined;
}

/** `.changeset/` as it is, plus the new file (the folder is replaced as a whole, so everything is carried). */
function changesetTree(dir: string, file: string, text: string): Map<string, string> {
  const files = new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
  files.set(file, text);
  return files;
}

/**
 * Writes `top-docs/`, `ir/`, `generated/` and `.changeset/` in one all-or-nothing step: if anything
 * fails, all four folders are left exactly as they were.
 */
export function writeSync(paths: SdkPaths, write: SyncWrite, options: WriteTreeOptions = {}): void {
  writeTreesAtomic(
    [
      { dir: paths.topDocs, files: write.topDocs },
      { dir: paths.ir, files: write.generated.files.ir, keep: write.generated.keep.ir },
      { dir: paths.generated, files: write.generated.files.code, keep: write.generated.keep.code },
      ...(write.changeset
        ? [
            {
              dir: write.changeset.dir,
              files: changesetTree(write.changeset.dir, write.changeset.file, write.changeset.text),
            },
          ]
        : []),
    ],
    options,
  );
}
