import type { IrParam } from "@topkit/sdk/ir";
import type { Side } from "./anchors.js";
import { columnsFor } from "./columns.js";
import { rowHtml, rowsOf } from "./param-rows.js";

/**
 * A param tree as one raw HTML block (`v-pre`, no blank line, so Markdown passes it through untouched).
 * Nested params follow their struct row, indented and marked `└`; `flat` shows one level only.
 * Example and Limits columns appear only when some param fills them.
 */
export function paramTable(side: Side, params: readonly IrParam[], flat = false): string {
  if (params.length === 0) return `<p class="param-none">No ${side} parameters.</p>`;
  const rows = rowsOf(params, flat);
  const columns = columnsFor(side).filter((c) => !c.has || rows.some((r) => c.has!(r.param)));
  const head = columns.map((c) => `<th>${c.header}</th>`).join("");
  return [
    `<div class="param-table ${side}-params ${flat ? "struct-fields" : "param-tree"}" v-pre><table>`,
    `<thead><tr>${head}</tr></thead><tbody>`,
    ...rows.map((r) => rowHtml(r, columns)),
    "</tbody></table></div>",
  ].join("\n");
}
