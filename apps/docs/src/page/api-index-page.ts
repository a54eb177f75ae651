import type { Category } from "./categories.js";
import { html, markdownText } from "./escape.js";
import { apiPath } from "./links.js";

function apiTable(category: Category): string {
  const rows = category.apis.map(
    (ir) =>
      `<tr><td><a href="${apiPath(ir.method)}"><code>${html(ir.method)}</code></a></td><td>${html(ir.title)}</td><td>${ir.needsSession ? "yes" : "no"}</td></tr>`,
  );
  return [
    '<div class="api-list" v-pre><table>',
    "<thead><tr><th>Method</th><th>中文名</th><th>Session</th></tr></thead><tbody>",
    ...rows,
    "</tbody></table></div>",
  ].join("\n");
}

/** The reference's front page: every API, grouped by category, linked to its page. */
export function apiIndexPage(categories: readonly Category[]): string {
  const total = categories.reduce((n, c) => n + c.apis.length, 0);
  return [
    "# API reference",
    `${total} APIs in ${categories.length} categories, generated from the SDK's IR (one page per API, from TOP's own docs). Search (Ctrl K) finds an API by method name, by any part of its 中文名 and by parameter name.`,
    ...categories.flatMap((c) => [`## ${markdownText(c.name)} {#${c.anchor}}`, apiTable(c)]),
  ].join("\n\n");
}
