import type { Page } from "playwright-core";
import { searchWarmed } from "./site-search.js";

export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

/** Same-origin links on the current page (after hydration), absolute, with their #fragment. */
function linksOn(page: Page, origin: string): Promise<string[]> {
  return page
    .locator("a[href]")
    .evaluateAll(
      (anchors, o) => anchors.map((a) => (a as HTMLAnchorElement).href).filter((href) => href.startsWith(o)),
      origin,
    );
}

/**
 * Visits every page reachable by internal links from `start` in the browser and checks each link: the
 * page answers 200 and, for `#fragment` links, holds an element with that id. Returns the broken ones
 * and the pages visited.
 */
export async function crawlSite(
  page: Page,
  origin: string,
  start = "/",
): Promise<{ visited: string[]; broken: BrokenLink[] }> {
  const queue = [new URL(start, origin).href];
  const seen = new Set(queue);
  const ids = new Map<string, Set<string>>();
  const linksFrom: [string, string][] = [];
  const broken: BrokenLink[] = [];
  const failed = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await page.goto(url, { waitUntil: "load" });
    if (response?.status() !== 200) {
      failed.add(url);
      ids.set(url, new Set());
      continue;
    }
    await searchWarmed(page);
    ids.set(url, new Set(await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id))));
    for (const href of await linksOn(page, origin)) {
      const target = href.split("#")[0]!;
      linksFrom.push([url, href]);
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  for (const [from, href] of linksFrom) {
    const [target, fragment] = href.split("#") as [string, string | undefined];
    const targetIds = ids.get(target);
    if (!targetIds) broken.push({ from, href, reason: "not visited" });
    else if (failed.has(target)) broken.push({ from, href, reason: "page did not answer 200" });
    else if (fragment && !targetIds.has(decodeURIComponent(fragment)))
      broken.push({ from, href, reason: `no element #${fragment}` });
  }
  return { visited: [...ids.keys()], broken };
}
