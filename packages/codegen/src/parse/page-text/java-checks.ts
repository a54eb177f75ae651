import { readDocType } from "../../ir/doc-type.js";
import type { RawParam } from "../../ir/raw-param.js";
import { structNameOf } from "../../names/index.js";
import { isArrayType, isStructType } from "./cell-kinds.js";
import { nodesAt, type SampleStep, type SampleTree } from "./sample-tree.js";

/**
 * Holds the request tree read from the table against the Java sample: a struct the sample builds
 * from another class than the type column names, or a field it sends as a `FileItem` that the table
 * does not type as a file, is a contradiction the IR must carry as a warning.
 */
export function checkAgainstJava(params: readonly RawParam[], java: SampleTree, warnings: string[]): void {
  const walk = (list: readonly RawParam[], parent: SampleStep[], parentPath: string) => {
    for (const p of list) {
      const steps = [...parent, { name: p.name, isArray: isArrayType(p.docType) }];
      const path = parentPath === "" ? p.name : `${parentPath}.${p.name}`;
      const nodes = nodesAt(java, steps);
      const docType = p.docType ?? "";
      const classes = [...new Set(nodes.flatMap((n) => (n.className ? [n.className] : [])))];
      if (isStructType(docType) && classes.length > 0 && !classes.includes(structNameOf(docType))) {
        warnings.push(
          `request: ${path}: the Java sample builds it as ${classes.join(", ")}, the table types it ${docType}`,
        );
      }
      if (nodes.some((n) => n.fileItem) && readDocType(docType, false).type !== "file") {
        warnings.push(`request: ${path}: the Java sample sends a FileItem, the table types it ${docType || "(none)"}`);
      }
      walk(p.children, steps, path);
    }
  };
  walk(params, [], "");
}
