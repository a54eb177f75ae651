export { type ApiMeta, metaOf } from "./emit/api-meta.js";
export { type EmitOptions, emitAll, emitApiModule, emitIndexAndRegistry } from "./emit/emit-all.js";
export { defaultJobs, type EmitResult, emitModules, type PoolOptions } from "./emit/emit-pool.js";
export { type TreeWrite, writeTreeAtomic, writeTreesAtomic } from "./fs/write-tree.js";
export { buildEmitted, type EmitDirOptions, type EmittedDir, writeEmitted } from "./generate/emit-dir.js";
export {
  buildGenerated,
  checkGenerated,
  type Generated,
  type GenerateOptions,
  writeGenerated,
} from "./generate/generate.js";
export { type Manifest, type ManifestEntry, readManifest, serializeManifest } from "./generate/manifest.js";
export { findWorkspaceRoot, type SdkPaths, sdkPaths } from "./generate/workspace.js";
export { buildParams } from "./ir/build-params.js";
export { readDocType } from "./ir/doc-type.js";
export type { RawParam } from "./ir/raw-param.js";
export * from "./names/index.js";
export { InputError, type ParseContext, parseDoc, parseDocJson, parsePageText } from "./parse/index.js";
