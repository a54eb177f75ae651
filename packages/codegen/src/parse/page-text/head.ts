import type { PageLine } from "./page-lines.js";

export interface PageHead {
  method?: string | undefined;
  title: string;
  description: string;
  category?: string | undefined;
}

const METHOD_LINE = /^([A-Za-z][\w-]*(?:\.[\w-]+)+)\s*[(（](.*)[)）]$/;
const BARE_METHOD_LINE = /^([A-Za-z][\w-]*(?:\.[\w-]+)+)$/;
const CRUMB_SEPARATOR = /\s*[>＞›»]\s*/;

/**
 * The category a breadcrumb names: `文档中心 > API类目 > <category>`. A doc-tree crumb
 * (`文档中心 > API文档 > …`, `文档中心 > Dropshipping(已废弃)`) names a doc tree, not a category.
 */
function crumbCategory(line: string): string | undefined {
  const crumbs = line.split(CRUMB_SEPARATOR).filter((c) => c !== "");
  return crumbs[1] === "API类目" && crumbs.length >= 3 ? crumbs.slice(2).join(" > ") : undefined;
}

/**
 * Reads the page head: anything before the `method (title)` line is chrome (a breadcrumb, the
 * `注意:以下文档只适用于TOP接口…` banner of mirror sites, or nothing); the title may be Chinese,
 * English or Traditional Chinese; every non-blank line after it is the description.
 */
export function parseHead(lines: readonly PageLine[]): PageHead {
  let category: string | undefined;
  let method: string | undefined;
  let title = "";
  const description: string[] = [];
  for (const { text } of lines) {
    const line = text.trim();
    if (line === "") continue;
    if (method !== undefined) {
      description.push(line);
      continue;
    }
    if (/^文档中心(\s|[>＞›»]|$)/.test(line)) {
      category = crumbCategory(line) ?? category;
      continue;
    }
    const m = METHOD_LINE.exec(line) ?? BARE_METHOD_LINE.exec(line);
    if (m) {
      method = m[1];
      title = (m[2] ?? "").trim();
    }
  }
  return { method, title, description: description.join("\n"), category };
}
