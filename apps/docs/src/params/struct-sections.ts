import type { IrParam } from "@topkit/sdk/ir";
import { html, markdownText } from "../page/escape.js";
import { type Side, structAnchor } from "./anchors.js";
import { paramTable } from "./param-table.js";
import { isStructParam } from "./ts-type.js";

/** Struct params in doc order, depth first, one per struct name (codegen gives each shape its own name). */
function structsOf(params: readonly IrParam[], seen = new Set<string>()): IrParam[] {
  return params.flatMap((p) => {
    if (!isStructParam(p) || seen.has(p.structName!)) return structsOf(p.children, seen);
    seen.add(p.structName!);
    return [p, ...structsOf(p.children, seen)];
  });
}

/**
 * One section per struct: its SDK class (`XRequest.Foo`, the target of the tree's type links) and its own
 * fields, one level deep; nested structs link on to their sections.
 */
export function structSections(side: Side, params: readonly IrParam[], ownerClass: string): string[] {
  return structsOf(params).map((p) => {
    return [
      `### ${markdownText(p.structName!)} {#${structAnchor(side, p.structName!)}}`,
      `<p class="struct-class" v-pre>TypeScript: <code>${html(`${ownerClass}.${p.structName}`)}</code></p>`,
      paramTable(side, p.children, true),
    ].join("\n\n");
  });
}
