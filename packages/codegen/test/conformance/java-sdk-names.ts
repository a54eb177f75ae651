import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The parts of ../shared/conformance/java-sdk-names.json this check reads (see its README). */
export interface JavaField {
  wire: string;
  field: string;
  javaType: string;
  setterTypes?: string[];
}

export interface JavaClass {
  className: string;
  fields: JavaField[];
}

export interface JavaEntry {
  method: string;
  requestClass: string;
  responseClass: string;
  requestFields: JavaField[];
  requestNested: JavaClass[];
  responseFields: JavaField[];
  responseNested: JavaClass[];
  inMetadata: boolean;
  metadataPath?: string;
}

export interface JavaSdkNames {
  entries: JavaEntry[];
  domainClasses: Record<string, { fields: JavaField[] }>;
}

export function readJavaSdkNames(shared: string): JavaSdkNames {
  return JSON.parse(readFileSync(join(shared, "conformance", "java-sdk-names.json"), "utf8")) as JavaSdkNames;
}

/** The corpus copy of an entry's bububa doc: `metadataPath` without its `metadata/assets/json/` prefix. */
export function corpusDocPath(shared: string, entry: JavaEntry): string | undefined {
  if (!entry.inMetadata || !entry.metadataPath) return undefined;
  return join(shared, "corpus", "top-metadata", entry.metadataPath.replace(/^metadata\/assets\/json\//, ""));
}
