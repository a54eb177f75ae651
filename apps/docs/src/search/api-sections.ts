import type { ApiIr, IrParam } from "@topkit/sdk/ir";
import { API_SECTIONS } from "../page/api-page.js";
import type { Category } from "../page/categories.js";
import { html } from "../page/escape.js";

/** A search index entry as VitePress's local search stores it; titles are shown as HTML. */
export interface SearchSection {
  anchor?: string;
  titles: string[];
  text: string;
}

function paramWords(params: readonly IrParam[]): string[] {
  return params.flatMap((p) => [p.name, p.field, p.docType, p.description, ...paramWords(p.children)]);
}

/**
 * What the search indexes for one API page, straight from the IR (VitePress indexes only pages that exist
 * as files, and API pages are generated): the page itself (method, 中文名, description, category), its
 * request and response params (names, types, descriptions) and its error codes.
 */
export function apiSearchSections(ir: ApiIr, category: Category): SearchSection[] {
  const trail = [html(category.name), html(ir.title || ir.method)];
  const sections: SearchSection[] = [
    { titles: [...trail, html(ir.method)], text: [ir.method, ir.title, ir.description, ...ir.labels].join(" ") },
  ];
  const add = (anchor: string, title: string, words: string[]) => {
    if (words.length > 0) sections.push({ anchor, titles: [...trail, title], text: words.join(" ") });
  };
  add(API_SECTIONS.request, "Request parameters", paramWords(ir.request));
  add(API_SECTIONS.response, "Response parameters", paramWords(ir.response));
  add(
    API_SECTIONS.errorCodes,
    "Error codes",
    ir.errorCodes.map((e) => `${e.code} ${e.message}`),
  );
  return sections;
}
