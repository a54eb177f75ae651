import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listFiles } from "../../src/fs/write-tree.js";
import { type SdkPaths, sdkPaths } from "../../src/generate/workspace.js";
import { excerpts } from "../tricky/excerpts.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A scratch workspace whose top-docs are the tricky excerpts, one doc JSON per API, with a manifest. */
export function scratchWorkspace(): SdkPaths {
  const paths = sdkPaths(mkdtempSync(join(tmpdir(), "topkit-incremental-")));
  writeFileSync(join(paths.root, "pnpm-workspace.yaml"), "packages: []\n");
  mkdirSync(paths.topDocs, { recursive: true });
  const apis = Object.values(excerpts).map(({ doc }) => {
    const method = doc.name as string;
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    writeFileSync(join(paths.topDocs, `${method}.json`), text);
    return { method, file: `${method}.json`, sha256: sha256(text) };
  });
  writeManifest(paths, apis);
  return paths;
}

function writeManifest(paths: SdkPaths, apis: object[]): void {
  writeFileSync(paths.manifest, `${JSON.stringify({ apis }, null, 2)}\n`);
}

/** Edits one doc as `sync` would: new text, new sha256 in the manifest. */
export function editDoc(paths: SdkPaths, method: string, edit: (doc: Record<string, unknown>) => void): void {
  const manifest = JSON.parse(readFileSync(paths.manifest, "utf8")) as { apis: { method: string; sha256: string }[] };
  const entry = manifest.apis.find((a) => a.method === method)!;
  const file = join(paths.topDocs, `${method}.json`);
  const doc = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  edit(doc);
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  writeFileSync(file, text);
  entry.sha256 = sha256(text);
  writeManifest(paths, manifest.apis);
}

/** Removes one API from the manifest. */
export function dropApi(paths: SdkPaths, method: string): void {
  const manifest = JSON.parse(readFileSync(paths.manifest, "utf8")) as { apis: { method: string }[] };
  writeManifest(
    paths,
    manifest.apis.filter((a) => a.method !== method),
  );
}

/** Both output trees: path -> bytes, and path -> inode (a kept file is the same file, hard-linked). */
export function snapshot(paths: SdkPaths): { text: Map<string, string>; inode: Map<string, number> } {
  const text = new Map<string, string>();
  const inode = new Map<string, number>();
  for (const [tree, dir] of [
    ["ir", paths.ir],
    ["code", paths.generated],
  ] as const) {
    for (const f of listFiles(dir)) {
      text.set(`${tree}/${f}`, readFileSync(join(dir, f), "utf8"));
      inode.set(`${tree}/${f}`, statSync(join(dir, f)).ino);
    }
  }
  return { text, inode };
}
