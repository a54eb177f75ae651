import { type SourceFileStructure, StructureKind } from "ts-morph";
import type { ApiMeta } from "./api-meta.js";
import { literal } from "./doc-text.js";
import { generatedHeader } from "./header.js";

/**
 * `src/generated/index.ts`: every API's classes and the registry, re-exported for the package root.
 * One plain statement per API: with 5,000 APIs, export-declaration structures (printed specifier by
 * specifier, commas inserted afterwards) cost ten times as much for the same text.
 */
export function indexModuleStructure(apis: readonly ApiMeta[]): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: generatedHeader(),
    statements: [
      ...apis.map(
        (api) =>
          `export { ${api.javaNames.request}, ${api.javaNames.response} } from ${literal(`./apis/${api.method}.js`)};`,
      ),
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./registry.js",
        namedExports: ["registry", "type RegistryEntry"],
      },
    ],
  };
}
