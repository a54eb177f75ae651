import * as pagefind from "pagefind";

/**
 * Parts of every page that are the site's frame, not its content: Pagefind leaves them out of the index
 * (otherwise every page would match every nav and sidebar word).
 */
export const NOT_CONTENT = [
  ".VPNav",
  ".VPLocalNav",
  ".VPSidebar",
  ".VPSkipLink",
  ".aside",
  ".VPDocFooter",
  ".VPFooter",
  ".topkit-search",
  ".header-anchor",
  "button.copy",
  "span.lang",
];

export interface IndexStats {
  pages: number;
}

/**
 * Pagefind's index of the whole built site (guides, CLI reference, API and category pages), written to
 * `<outDir>/pagefind/`: a small entry file plus chunks the browser fetches only when a query needs them.
 */
export async function indexSite(outDir: string): Promise<IndexStats> {
  try {
    const created = await pagefind.createIndex({ excludeSelectors: NOT_CONTENT, forceLanguage: "en" });
    if (!created.index) throw new Error(`pagefind: ${created.errors.join("; ")}`);
    // Every page but 404.html (a "not found" hit would be noise).
    const added = await created.index.addDirectory({ path: outDir, glob: "{index.html,{api,guide,cli}/**/*.html}" });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await created.index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
