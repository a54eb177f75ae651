/**
 * Site paths. Method names hold dots (`taobao.trade.get`), which VitePress's client would read as a file
 * extension, so links always spell out `.html`.
 */
export const apiIndexPath = "/api/";

export function apiPath(method: string): string {
  return `/api/${method}.html`;
}

/** One category's list of APIs; `anchor` is the category's `cat-<n>`. */
export function categoryPath(anchor: string): string {
  return `/api/category/${anchor}.html`;
}

/**
 * The category list the search box reads to put a category's own page first when the query names it
 * (`CategoryList`, written beside the category pages at build time).
 */
export const categoryListPath = "/api/categories.json";

/** `categoryListPath`'s content: category pages by `categoryLookupKey` of their name. */
export type CategoryList = Record<string, { name: string; url: string; apis: number }[]>;

export function guidePath(name: string): string {
  return `/guide/${name}.html`;
}

/**
 * Whether a path is one of the reference pages written as static HTML (API and category pages), not a
 * VitePress page: everything under /api/ except the reference index itself.
 */
export function isStaticPage(pathname: string): boolean {
  return pathname.startsWith("/api/") && pathname !== apiIndexPath && pathname !== `${apiIndexPath}index.html`;
}
