import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { listFiles } from "../fs/write-tree.js";

export interface DocInput {
  file: string;
  category?: string | undefined;
}

const NOT_DOCS = new Set(["catelog.json", "manifest.json", "package.json"]);

/** Whether a file in a folder is a doc input: `.json` docs and `.txt` pages, not metadata beside them. */
function isDocFile(path: string): boolean {
  const name = basename(path);
  if (NOT_DOCS.has(name) || name.endsWith(".meta.json")) return false;
  // Not `extname`: it gives "" for a file named just `.json` (two corpus files), which must be refused, not skipped.
  return /\.(json|txt)$/i.test(name);
}

const categories = new Map<string, string | undefined>();

/** The category a `catelog.json` beside the doc names (`{name, pkg, id}`), if any. */
function categoryBeside(file: string): string | undefined {
  const dir = dirname(file);
  if (!categories.has(dir)) {
    const path = join(dir, "catelog.json");
    let name: string | undefined;
    if (existsSync(path)) {
      try {
        const value = JSON.parse(readFileSync(path, "utf8")) as { name?: unknown };
        if (typeof value.name === "string" && value.name.trim() !== "") name = value.name.trim();
      } catch {
        name = undefined;
      }
    }
    categories.set(dir, name);
  }
  return categories.get(dir);
}

/** Expands files and folders (recursively) into doc inputs, in a stable order. Missing paths throw. */
export function docInputs(paths: readonly string[]): DocInput[] {
  const out: DocInput[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
    const files = statSync(path).isDirectory()
      ? listFiles(path)
          .map((f) => join(path, f))
          .filter(isDocFile)
      : [path];
    for (const file of files) out.push({ file, category: categoryBeside(file) });
  }
  return out;
}
