import { captureCliHelp } from "./cli-help/capture-help.js";
import { cliPage } from "./cli-help/cli-page.js";
import { docsIr } from "./ir-source.js";
import { apiIndexPage } from "./page/api-index-page.js";
import { categoriesOf } from "./page/categories.js";
import { SHELL_MARKER, SHELL_METHOD } from "./static/shell.js";

/** A VitePress dynamic route: the page's param and its generated Markdown. */
export interface Route {
  params: Record<string, string>;
  content: string;
}

/**
 * `api/[method].md`: the reference index (`index`) and the shell page the static API pages are framed
 * by (see src/static/shell.ts). The API and category pages themselves are written after VitePress's build.
 */
export function apiRoutes(): Route[] {
  const irs = docsIr();
  for (const reserved of ["index", SHELL_METHOD]) {
    if (irs.some((ir) => ir.method === reserved)) {
      throw new Error(`an API named \`${reserved}\` would clash with the reference's own api/${reserved}.html`);
    }
  }
  return [
    { params: { method: "index" }, content: apiIndexPage(categoriesOf(irs)) },
    { params: { method: SHELL_METHOD }, content: SHELL_MARKER },
  ];
}

/** `cli/[page].md`: the CLI reference, from the built CLI's help. */
export function cliRoutes(): Route[] {
  return [{ params: { page: "index" }, content: cliPage(captureCliHelp()) }];
}
