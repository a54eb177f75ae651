import { captureCliHelp } from "./cli-help/capture-help.js";
import { cliPage } from "./cli-help/cli-page.js";
import { docsIr } from "./ir-source.js";
import { apiIndexPage } from "./page/api-index-page.js";
import { apiPage } from "./page/api-page.js";
import { categoriesOf, categoryIndex } from "./page/categories.js";

/** A VitePress dynamic route: the page's param and its generated Markdown. */
export interface Route {
  params: Record<string, string>;
  content: string;
}

/** `api/[method].md`: the reference index (`index`) and one page per API. */
export function apiRoutes(): Route[] {
  const irs = docsIr();
  const categories = categoriesOf(irs);
  const categoryOf = categoryIndex(categories);
  if (irs.some((ir) => ir.method === "index")) {
    throw new Error("an API named `index` would replace the reference index page (api/index.html)");
  }
  return [
    { params: { method: "index" }, content: apiIndexPage(categories) },
    ...irs.map((ir) => ({ params: { method: ir.method }, content: apiPage(ir, categoryOf(ir.method)) })),
  ];
}

/** `cli/[page].md`: the CLI reference, from the built CLI's help. */
export function cliRoutes(): Route[] {
  return [{ params: { page: "index" }, content: cliPage(captureCliHelp()) }];
}
