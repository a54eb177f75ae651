import type { ApiIr, IrParam } from "@topkit/sdk/ir";
import type { Category } from "../page/categories.js";
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
