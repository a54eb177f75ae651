import type { ApiIr, IrParam } from "@topkit/sdk/ir";
import type { Category } from "../page/categories.js";
import { type CategoryList, categoryPath } from "../page/links.js";
import { tokenizeMixed } from "./tokenize.js";

/**
 * Extra words an API page gives the search index (hidden on the page, indexed by Pagefind). Pagefind
 * matches whole words and word prefixes, and an English page's Chinese title is one long "word", so
 * 回流 (in the middle of 外投统计数据回流接口) would never match; the query side turns Han text into the same
 * bigrams (`queryWords`), so any two-character part of a title finds it. Method names are split at dots
 * (`fullinfo`), and wire param names are listed whole (`seller_nick`) and by part (`nick`).
 */
export interface SearchKeys {
  /** Method parts and 中文名/category bigrams: what an API is, ranked above its params. */
  names: string;
  /** Wire names of every request and response param, nested ones included. */
  params: string;
}

function paramNames(params: readonly IrParam[]): string[] {
  return params.flatMap((p) => [p.name, ...paramNames(p.children)]);
}

/** Words of a method or wire name: itself and its parts split at `.` and `_`. */
function nameWords(name: string): string[] {
  const parts = name.split(/[._]+/).filter(Boolean);
  return parts.length > 1 ? [name, ...parts] : [name];
}

function unique(words: readonly string[]): string {
  return [...new Set(words.filter((w) => w.length > 0))].join(" ");
}

export function searchKeys(ir: ApiIr, category: Category): SearchKeys {
  return {
    names: unique([...nameWords(ir.method), ...tokenizeMixed(ir.title), ...tokenizeMixed(category.name)]),
    params: unique([...paramNames(ir.request), ...paramNames(ir.response)].flatMap(nameWords)),
  };
}

/** A category page's names: the category's bigrams, so its name or any two characters of it find it. */
export function categoryKeys(category: Category): string {
  return unique(tokenizeMixed(category.name));
}

/**
 * A category name as the search box compares it with a query: case, spaces and a trailing "API" (which
 * nearly every TOP category name ends with) do not count, so `酒店API`, `酒店 api` and `酒店` all name the
 * category 酒店API. The build keys the category list it writes by this, and the box looks queries up by it.
 */
export function categoryLookupKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "").replace(/api$/, "");
}

/** What the build writes at `categoryListPath`: each category's page under its name's lookup key. */
export function categoryList(categories: readonly Category[]): CategoryList {
  const list: CategoryList = {};
  for (const c of categories) {
    const key = categoryLookupKey(c.name);
    if (!key) continue;
    if (!Object.hasOwn(list, key)) list[key] = [];
    list[key]!.push({ name: c.name, url: categoryPath(c.anchor), apis: c.apis.length });
  }
  return list;
}

/**
 * A search box's query as Pagefind words: Han runs become their bigrams (as the index holds them, see
 * `searchKeys`), other words stay whole so `seller_nick` and `taobao.trade.get` match as typed.
 */
export function queryWords(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .flatMap((word) => (/\p{Script=Han}/u.test(word) ? tokenizeMixed(word) : [word]))
    .filter(Boolean)
    .join(" ");
}
