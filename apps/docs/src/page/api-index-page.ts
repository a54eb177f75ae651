import type { Category } from "./categories.js";
import { html, markdownText } from "./escape.js";
import { apiPath, categoryPath } from "./links.js";

function apiTable(category: Category): string {
  const rows = category.apis.map(
    (ir) =>
      `<tr><td><a href="${apiPath(ir.method)}"><code>${html(ir.method)}</code></a></td><td>${html(ir.title)}</td><td>${ir.needsSession ? "yes" : "no"}</td></tr>`,
  );
  return [
    // Left out of the search index: the APIs are indexed on their own pages, and a category page listing
    // many 库存… titles would otherwise outrank the category a search names.
    '<div class="api-list" data-pagefind-ignore v-pre><table>',
    "<thead><tr><th>Method</th><th>中文名</th><th>Session</th></tr></thead><tbody>",
    ...rows,
    "</tbody></table></div>",
  ].join("\n");
}

/** The reference's front page: every category with its API count, linked to the category's page. */
export function apiIndexPage(categories: readonly Category[]): string {
  const total = categories.reduce((n, c) => n + c.apis.length, 0);
  const rows = categories.map(
    (c) => `<tr><td><a href="${categoryPath(c.anchor)}">${html(c.name)}</a></td><td>${c.apis.length}</td></tr>`,
  );
  return [
    "# API reference",
    `${total} APIs in ${categories.length} categories, generated from the SDK's IR (one page per API, from TOP's own docs). The search box (Ctrl K or /) finds an API by method name or any part of it, by any two characters of its 中文名, by wire parameter name and by category.`,
    '<div class="api-categories" v-pre><table>',
    "<thead><tr><th>Category</th><th>APIs</th></tr></thead><tbody>",
    ...rows,
    "</tbody></table></div>",
  ].join("\n");
}

/** One category's page: its APIs, linked to their pages. */
export function categoryPage(category: Category): string {
  return [
    `# ${markdownText(category.name)}`,
    `${category.apis.length} API${category.apis.length === 1 ? "" : "s"} in this category. [All categories](/api/)`,
    apiTable(category),
  ].join("\n\n");
}
