import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ApiIr, serializeIr } from "@topkit/sdk/ir";
import { type EmitOptions, emitAll } from "../emit/emit-all.js";
import { staleFiles, type WriteTreeOptions, writeTreesAtomic } from "../fs/write-tree.js";
import { sha256 } from "../parse/context.js";
import { parseDoc } from "../parse/index.js";
import { InputError } from "../parse/input-error.js";
import { type ManifestEntry, readManifest } from "./manifest.js";
import type { SdkPaths } from "./workspace.js";

/** Reads and parses one committed doc input, checking it is the file the manifest recorded. */
export function irFromTopDoc(paths: SdkPaths, entry: ManifestEntry): ApiIr {
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
  const ir = parseDoc(bytes.toString("utf8"), { file, docId: entry.docId, category: entry.category, url: entry.url });
  if (ir.method !== entry.method) {
    throw new InputError(file, `holds ${ir.method}, but manifest.json lists it as ${entry.method}`);
  }
  return ir;
}

/** Everything `generate` would write: IR files and generated modules, from the committed inputs. */
export interface Generated {
  irs: ApiIr[];
  irFiles: Map<string, string>;
  codeFiles: Map<string, string>;
}

/** Parses every input listed in the manifest and emits in memory; any bad input fails the whole run. */
export function buildGenerated(paths: SdkPaths, emit: EmitOptions = {}): Generated {
  const manifest = readManifest(paths.manifest);
  const errors: InputError[] = [];
  const irs: ApiIr[] = [];
  for (const entry of manifest.apis) {
    try {
      irs.push(irFromTopDoc(paths, entry));
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join("\n"));
  const irFiles = new Map(irs.map((ir) => [`${ir.method}.json`, serializeIr(ir)]));
  return { irs, irFiles, codeFiles: emitAll(irs, emit) };
}

/** Files that differ from what `generate` would write, as `ir/…` and `src/generated/…` paths. */
export function checkGenerated(paths: SdkPaths, generated: Generated): string[] {
  return [
    ...staleFiles(paths.ir, generated.irFiles).map((p) => `packages/sdk/ir/${p}`),
    ...staleFiles(paths.generated, generated.codeFiles).map((p) => `packages/sdk/src/generated/${p}`),
  ];
}

/** Writes the IR folder and the generated folder together, all or nothing. */
export function writeGenerated(paths: SdkPaths, generated: Generated, options: WriteTreeOptions = {}): void {
  writeTreesAtomic(
    [
      { dir: paths.ir, files: generated.irFiles },
      { dir: paths.generated, files: generated.codeFiles },
    ],
    options,
  );
}
