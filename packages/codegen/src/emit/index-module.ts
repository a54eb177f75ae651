import type { ApiIr } from "@topkit/sdk/ir";
import { type SourceFileStructure, StructureKind } from "ts-morph";
import { generatedHeader } from "./header.js";

/** `src/generated/index.ts`: every API's classes and the registry, re-exported for the package root. */
export function indexModuleStructure(irs: readonly ApiIr[]): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: generatedHeader(),
    statements: [
      ...irs.map((ir) => ({
        kind: StructureKind.ExportDeclaration as const,
        moduleSpecifier: `./apis/${ir.method}.js`,
        namedExports: [ir.javaNames.request, ir.javaNames.response],
      })),
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./registry.js",
        namedExports: ["registry", "type RegistryEntry"],
      },
    ],
  };
}
