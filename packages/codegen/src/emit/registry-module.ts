import type { ApiIr } from "@topkit/sdk/ir";
import { type SourceFileStructure, StructureKind, VariableDeclarationKind, type WriterFunction } from "ts-morph";
import { literal } from "./doc-text.js";
import { generatedHeader } from "./header.js";

/** One registry entry's properties: the API's metadata from its IR and a lazy loader of its module. */
function entryFields(ir: ApiIr): string[] {
  const { request, response } = ir.javaNames;
  const fields = [
    `method: ${literal(ir.method)}`,
    `title: ${literal(ir.title)}`,
    ...(ir.category ? [`category: ${literal(ir.category)}`] : []),
    ...(ir.docId ? [`docId: ${ir.docId}`] : []),
    `needsSession: ${ir.needsSession}`,
    `request: ${literal(request)}`,
    `response: ${literal(response)}`,
    `load: () => import(${literal(`./apis/${ir.method}.js`)}).then((m) => ({ Request: m.${request}, Response: m.${response} }))`,
  ];
  return fields;
}

const registryInitializer =
  (irs: readonly ApiIr[]): WriterFunction =>
  (writer) => {
    writer.write("{").newLine();
    writer.indent(() => {
      for (const ir of irs) {
        writer.write(`${literal(ir.method)}: {`).newLine();
        writer.indent(() => {
          for (const f of entryFields(ir)) writer.writeLine(`${f},`);
        });
        writer.writeLine("},");
      }
    });
    writer.write("} satisfies Record<string, RegistryEntry>");
  };

/**
 * `src/generated/registry.ts`: method -> metadata + lazy loader, so the CLI, the gateway and `call()`
 * can find an API by name without loading every generated module.
 */
export function registryModuleStructure(irs: readonly ApiIr[]): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: generatedHeader(),
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "../runtime/index.js",
        namedImports: [{ name: "RegistryEntry", isTypeOnly: true }],
      },
      {
        kind: StructureKind.ExportDeclaration,
        namedExports: [{ name: "RegistryEntry", isTypeOnly: true }],
        moduleSpecifier: "../runtime/index.js",
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ["Every generated API by method name: metadata from its IR, and `load()` for its classes."],
        declarations: [{ name: "registry", initializer: registryInitializer(irs) }],
      },
    ],
  };
}
