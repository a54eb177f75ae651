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

/**
 * Waits (up to 15 s) for the page's search box to have loaded Pagefind, which it does once the page is idle,
 * so that a test moving on to the next page does not cut that load off half way (Pagefind then logs
 * "Failed to load Pagefind metadata"). A box that never gets ready is left to the console-error checks.
 */
export async function searchWarmed(page: Page): Promise<void> {
  await page
    .waitForSelector("[data-topkit-search][data-search-ready]", { state: "attached", timeout: 15_000 })
    .catch(() => {});
}
