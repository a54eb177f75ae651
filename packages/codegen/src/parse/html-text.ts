import { createRequire } from "node:module";

type Cheerio = typeof import("cheerio");
let cheerio: Cheerio | undefined;
/** cheerio is loaded on the first description that holds HTML: most docs have none, and startup stays fast. */
const load: Cheerio["load"] = (...args) => {
  cheerio ??= createRequire(import.meta.url)("cheerio") as Cheerio;
  return cheerio.load(...args);
};

const BREAKS = /<\s*br\s*\/?\s*>/gi;

/**
 * Doc descriptions and error solutions may hold HTML (`<br />`, links, lists). This returns their
 * text: line breaks kept, a link's URL written after its text, list items on lines of their own,
 * entities decoded, runs of spaces collapsed. Plain text goes through untouched (fast path).
 */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return "";
  if (!/[<&]/.test(html)) return tidy(html);
  const $ = load(`<div id="root">${html.replace(BREAKS, "\n")}</div>`, null, false);
  $("li").each((_, el) => {
    $(el).prepend("\n- ");
  });
  $("p,div,tr,ul,ol").each((_, el) => {
    $(el).append("\n");
  });
  $("a[href]").each((_, el) => {
    const a = $(el);
    const href = a.attr("href") ?? "";
    if (href && !a.text().includes(href)) a.append(` (${href})`);
  });
  return tidy($("#root").text());
}

/** Trims each line, collapses inner runs of spaces and drops blank lines at both ends. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
