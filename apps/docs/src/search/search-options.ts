import type { DefaultTheme } from "vitepress";
import { captureCliHelp } from "../cli-help/capture-help.js";
import { commandAnchor } from "../cli-help/cli-page.js";
import { docsIr } from "../ir-source.js";
import { categoriesOf, categoryIndex } from "../page/categories.js";
import { html } from "../page/escape.js";
import { apiSearchSections, type SearchSection } from "./api-sections.js";
import { tokenizeMixed } from "./tokenize.js";

let apiSections: Map<string, SearchSection[]> | undefined;

/** Search sections of every API page, by method, built once per build. */
function apiSectionsByMethod(): Map<string, SearchSection[]> {
  if (!apiSections) {
    const irs = docsIr();
    const categoryOf = categoryIndex(categoriesOf(irs));
    apiSections = new Map(irs.map((ir) => [ir.method, apiSearchSections(ir, categoryOf(ir.method))]));
  }
  return apiSections;
}

function cliSections(): SearchSection[] {
  return captureCliHelp().map((h) => ({
    anchor: commandAnchor(h.name),
    titles: ["CLI reference", html(h.name)],
    text: h.text,
  }));
}

/**
 * Sections for the generated pages (API pages and the CLI reference): VitePress's indexer reads pages
 * from disk and finds nothing for generated ones, so they are indexed from the IR and the CLI's help.
 * Undefined means "not generated": VitePress 1.6 then splits the page's HTML itself (its `??` fallback).
 */
function generatedSections(file: string): SearchSection[] | undefined {
  if (/[\\/]cli[\\/]index\.md$/.test(file)) return cliSections();
  const method = file.match(/[\\/]api[\\/]([^\\/]+)\.md$/)?.[1];
  return method === undefined ? undefined : apiSectionsByMethod().get(method);
}

/**
 * Local (offline) search: MiniSearch with the Chinese-aware tokenizer at index and query time; every
 * query word must match (AND), so 外投统计 finds the API whose 中文名 holds all of its bigrams.
 */
export function searchOptions(): DefaultTheme.LocalSearchOptions {
  return {
    miniSearch: {
      options: { tokenize: tokenizeMixed },
      searchOptions: { combineWith: "AND" },
      _splitIntoSections: (file) => generatedSections(file) as SearchSection[],
    },
  };
}
