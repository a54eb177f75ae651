import type { BrokenLink } from "./crawl.js";

/** Ids of the elements in an HTML page (`id="…"`, entities decoded as the browser would for anchors). */
function idsIn(html: string): Set<string> {
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/**
 * Checks absolute same-site links (href -> a page that holds it) without a browser: each target page answers 200, and a `#fragment`
 * names an element of that page. Pages are fetched once each, a few at a time.
 */
export async function checkLinks(links: ReadonlyMap<string, string>): Promise<BrokenLink[]> {
  const pages = new Map<string, Promise<Set<string> | undefined>>();
  const load = (url: string) => {
    let ids = pages.get(url);
    if (!ids) {
      ids = fetch(url).then(async (r) => (r.status === 200 ? idsIn(await r.text()) : undefined));
      pages.set(url, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  const queue = [...links.keys()];
  const worker = async () => {
    for (let href = queue.shift(); href !== undefined; href = queue.shift()) {
      const [target, fragment] = href.split("#") as [string, string | undefined];
      const ids = await load(target);
      if (!ids) broken.push({ from: links.get(href)!, href, reason: "page did not answer 200" });
      else if (fragment && !ids.has(decodeURIComponent(fragment)))
        broken.push({ from: links.get(href)!, href, reason: `no element #${fragment}` });
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return broken;
}
