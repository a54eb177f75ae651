import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ApiIr } from "@topkit/sdk/ir";
import { createMarkdownRenderer, type SiteConfig } from "vitepress";
import { categoryPage } from "../page/api-index-page.js";
import { apiPage } from "../page/api-page.js";
import { categoriesOf } from "../page/categories.js";
import { html } from "../page/escape.js";
import { apiPath, categoryListPath, categoryPath } from "../page/links.js";
import { type OutlineItem, outlineOf } from "../page/outline.js";
import { categoryKeys, categoryList, searchKeys } from "../search/search-keys.js";
import type { SiteIndex } from "./search-index.js";
import { readShell } from "./shell.js";

/**
 * Search keys sit at the end of the page, hidden: names weigh like a title, param names a little more
 * than text (see `searchKeys`).
 */
function keysBlock(names: string, params = ""): string {
  return [
    '<div class="search-keys" hidden>',
    `<p data-pagefind-weight="7">${html(names)}</p>`,
    params ? `<p data-pagefind-weight="2">${html(params)}</p>` : "",
    "</div>",
  ].join("");
}

/** First line of the doc's description, for the page's meta description. */
function summary(ir: ApiIr): string {
  return `${ir.title} — ${ir.description.split(/\r?\n/)[0] ?? ""}`.slice(0, 200);
}

/**
 * Fences whose language gets syntax colours on API pages: the call tabs a reader copies (TypeScript, the
 * CLI and curl lines). Shiki took about 90% of rendering the catalogue (some 210 ms of a page's 240 ms,
 * most of it in the big Java, JSON and XML samples); those stay plain text, with their language label.
 */
const HIGHLIGHTED = new Set(["ts", "sh"]);

export interface ReferenceStats {
  apiPages: number;
  categoryPages: number;
}

/**
 * Writes every API page and every category page into the built site as static HTML: the page's Markdown
 * (the same `apiPage` VitePress used to compile) rendered by VitePress's own Markdown renderer and framed
 * by the shell page VitePress built. No bundler sees these pages, so the build grows linearly with the API
 * count instead of with one bundle graph of every page. Each page goes to the search index as it is written.
 */
export async function writeReference(
  config: SiteConfig,
  irs: readonly ApiIr[],
  index: SiteIndex,
): Promise<ReferenceStats> {
  const frame = readShell(config.outDir);
  const md = await createMarkdownRenderer(config.srcDir, config.markdown, config.site.base, config.logger);
  const highlight = md.options.highlight!;
  md.options.highlight = (code, lang, attrs) => highlight(code, HIGHLIGHTED.has(lang) ? lang : "txt", attrs);
  // The page's outline is read from its tokens once markdown-it has given the headings their ids.
  md.core.ruler.push("topkit_outline", (state) => {
    (state.env as { outline?: OutlineItem[] }).outline = outlineOf(state.tokens);
  });
  const render = (path: string, markdown: string) => {
    const env = { path: join(config.srcDir, `${path}.md`), relativePath: `${path}.md`, cleanUrls: false };
    const body = md.render(markdown, env);
    return { body, outline: (env as { outline?: OutlineItem[] }).outline ?? [] };
  };
  const write = async (urlPath: string, page: string) => {
    const file = join(config.outDir, urlPath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page);
    await index.add(urlPath, page);
  };
  const categories = categoriesOf(irs);
  for (const category of categories) {
    const { body, outline } = render(categoryPath(category.anchor).slice(1, -".html".length), categoryPage(category));
    await write(
      categoryPath(category.anchor),
      frame({
        title: category.name,
        description: `${category.name}: ${category.apis.length} APIs`,
        body: body + keysBlock(categoryKeys(category)),
        outline,
      }),
    );
    for (const ir of category.apis) {
      const keys = searchKeys(ir, category);
      const { body, outline } = render(`api/${ir.method}`, apiPage(ir, category));
      await write(
        apiPath(ir.method),
        frame({ title: ir.method, description: summary(ir), body: body + keysBlock(keys.names, keys.params), outline }),
      );
    }
  }
  // Not a page: written without going to the search index.
  writeFileSync(join(config.outDir, categoryListPath), JSON.stringify(categoryList(categories)));
  return { apiPages: irs.length, categoryPages: categories.length };
}
