export interface PageHead {
  method?: string | undefined;
  title: string;
  description: string;
  category?: string | undefined;
}

const METHOD_LINE = /^([A-Za-z][\w-]*(?:\.[\w-]+)+)\s*[(（](.*)[)）]\s*$/;
const BARE_METHOD_LINE = /^([a-z][\w-]*(?:\.[\w-]+)+)\s*$/;
const BANNER = /^注意[:：]/;

/**
 * Reads the page head: the breadcrumb (`文档中心 > API类目 > <category>`; a doc-tree crumb names no category),
 * an optional banner, the `method (title)` line and the description lines after it.
 */
export function parseHead(lines: readonly string[]): PageHead {
  const text = lines.map((l) => l.trim()).filter((l) => l !== "");
  let category: string | undefined;
  let method: string | undefined;
  let title = "";
  const description: string[] = [];
  for (const line of text) {
    if (method === undefined) {
      if (line.startsWith("文档中心")) {
        const crumbs = line.split(/\s*>\s*/);
        if (crumbs[1] === "API类目" && crumbs.length >= 3) category = crumbs.slice(2).join(" > ");
        continue;
      }
      if (BANNER.test(line)) continue;
      const m = METHOD_LINE.exec(line) ?? BARE_METHOD_LINE.exec(line);
      if (m) {
        method = m[1];
        title = (m[2] ?? "").trim();
      }
      continue;
    }
    description.push(line);
  }
  return { method, title, description: description.join("\n"), category };
}
