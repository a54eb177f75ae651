import { type SourceFileStructure, StructureKind } from "ts-morph";
import type { ApiMeta } from "./api-meta.js";
import { commentSafe, literal } from "./doc-text.js";
import { generatedHeader } from "./header.js";

/** One registry entry: the API's metadata from its IR and a lazy loader of its module. */
function entryText(api: ApiMeta): string {
  const { request, response } = api.javaNames;
  const fields = [
    `method: ${literal(api.method)}`,
    `title: ${literal(api.title)}`,
    ...(api.category ? [`category: ${literal(api.category)}`] : []),
    ...(api.docId ? [`docId: ${api.docId}`] : []),
    `needsSession: ${api.needsSession}`,
    `request: ${literal(request)}`,
    `response: ${literal(response)}`,
    `load: () => import(${literal(`./apis/${api.method}.js`)}).then((m) => ({ Request: m.${request}, Response: m.${response} }))`,
  ];
  return `  ${literal(api.method)}: {\n${fields.map((f) => `    ${f},\n`).join("")}  },\n`;
}

/**
 * `src/generated/registry.ts`: method -> metadata + lazy loader, so the CLI, the gateway and `call()`
 * can find an API by name without loading every generated module. The declaration is one plain statement:
 * printed as an initializer, 5,000 entries cost seconds of re-indentation for the same text.
 */
export function registryModuleStructure(apis: readonly ApiMeta[]): SourceFileStructure {
  const docs = commentSafe("Every generated API by method name: metadata from its IR, and `load()` for its classes.");
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
      `/** ${docs} */\nexport const registry = {\n${apis.map(entryText).join("")}} satisfies Record<string, RegistryEntry>;`,
    ],
  };
}
