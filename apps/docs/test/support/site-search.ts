import type { Page } from "playwright-core";

export interface SearchHit {
  href: string;
  label: string;
}

/** The hits the nav bar's search box shows, in order (href as written: path and #anchor). */
export function hitsShown(page: Page): Promise<SearchHit[]> {
  return page
    .locator(".topkit-search-results a.topkit-search-hit")
    .evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute("href") ?? "", label: a.textContent?.trim() ?? "" })),
    );
}

/** A hit's page path without its #anchor. */
export function hitPath(hit: SearchHit): string {
  return new URL(hit.href, "http://x").pathname;
}

/**
 * Types `query` into the site's search box and returns the hits shown once the box has answered this
 * query (it marks the query it last showed results for in `data-query`).
 */
export async function searchSite(page: Page, query: string): Promise<SearchHit[]> {
  const input = page.locator(".topkit-search-input");
  await page.evaluate(() => {
    delete (document.querySelector("[data-topkit-search]") as HTMLElement).dataset.query;
  });
  await input.fill(query);
  await page.waitForFunction(
    (q) => (document.querySelector("[data-topkit-search]") as HTMLElement | null)?.dataset.query === q,
    query,
  );
  return hitsShown(page);
}
