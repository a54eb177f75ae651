import type { ApiIr } from "@topkit/sdk/ir";
import type { Category } from "./categories.js";
import { html, htmlLines, safeUrl } from "./escape.js";
import { categoryPath } from "./links.js";

/** Badges: whether a user session is needed (from the IR), then the doc's own labels. */
function labels(ir: ApiIr): string {
  const session = ir.needsSession
    ? '<span class="VPBadge warning api-session">Needs user authorization (session)</span>'
    : '<span class="VPBadge tip api-session">No user authorization needed</span>';
  return [session, ...ir.labels.map((l) => `<span class="VPBadge info">${html(l)}</span>`)].join(" ");
}

function meta(ir: ApiIr, category: Category): string {
  const parts = [`Category <a href="${categoryPath(category.anchor)}">${html(category.name)}</a>`];
  if (ir.docId !== undefined) parts.push(`docId ${ir.docId}`);
  const url = safeUrl(ir.source.url);
  if (url) parts.push(`<a href="${url}" target="_blank" rel="noreferrer">TOP doc page</a>`);
  return parts.join(" · ");
}

function warnings(ir: ApiIr): string[] {
  if (!ir.warnings?.length) return [];
  const items = ir.warnings.map((w) => `<li>${htmlLines(w)}</li>`).join("");
  return [`<div class="warning custom-block"><p class="custom-block-title">Parser warnings</p><ul>${items}</ul></div>`];
}

/** Everything above the parameter tables, as one raw HTML block: 中文名, category, labels, description. */
export function apiHead(ir: ApiIr, category: Category): string {
  const { request, response } = ir.javaNames;
  return [
    '<div class="api-head" v-pre>',
    `<p class="api-title" data-pagefind-meta="zh">${html(ir.title || ir.method)}</p>`,
    `<p class="api-meta">${meta(ir, category)}</p>`,
    `<p class="api-labels">${labels(ir)}</p>`,
    `<p class="api-description">${htmlLines(ir.description)}</p>`,
    `<p class="api-classes">Classes: <code>${html(request)}</code> → <code>${html(response)}</code> from <code>@topkit/sdk</code></p>`,
    ...warnings(ir),
    "</div>",
  ].join("\n");
}
