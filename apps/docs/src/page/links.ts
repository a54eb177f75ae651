/**
 * Site paths. Method names hold dots (`taobao.trade.get`), which VitePress's client would read as a file
 * extension, so links always spell out `.html`.
 */
export const apiIndexPath = "/api/";

export function apiPath(method: string): string {
  return `/api/${method}.html`;
}

export function guidePath(name: string): string {
  return `/guide/${name}.html`;
}
