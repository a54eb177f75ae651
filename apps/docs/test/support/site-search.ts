import type { Page } from "playwright-core";

export interface SearchHit {
  href: string;
  label: string;
}

function hitsShown(page: Page): Promise<SearchHit[]> {
  return page
    .locator(".VPLocalSearchBox .results a.result")
    .evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute("href") ?? "", label: a.getAttribute("aria-label") ?? "" })),
    );
}

/**
 * Types `query` into VitePress's local search (opening it if needed) and returns the hits shown, once
 * the lazily loaded index has answered and the (debounced) list has stopped changing.
 */
export async function searchSite(page: Page, query: string): Promise<SearchHit[]> {
  const input = page.locator("#localsearch-input");
  if (!(await input.isVisible())) await page.locator("#local-search button").click();
  await input.fill(query);
  await page.waitForFunction(() =>
    Boolean(document.querySelector(".VPLocalSearchBox .results a.result, .VPLocalSearchBox .no-results")),
  );
  let last = JSON.stringify(await hitsShown(page));
  for (;;) {
    await page.waitForTimeout(250);
    const now = JSON.stringify(await hitsShown(page));
    if (now === last) return JSON.parse(now) as SearchHit[];
    last = now;
  }
}
