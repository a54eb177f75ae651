import { mountSearch } from "./search-box.js";

/**
 * What VitePress's client does on a page, for the reference pages written as static HTML (they carry
 * VitePress's markup and CSS but not its app): code-group tabs, copy buttons, the dark-mode switch, collapsible
 * sidebar groups and the search box. Event delegation on the document, as VitePress does, so it needs no per-element setup.
 */

/** VitePress's key for the chosen appearance, read by the inline script in every page's head. */
const APPEARANCE_KEY = "vitepress-theme-appearance";

function switchTab(input: HTMLInputElement): void {
  const group = input.closest(".vp-code-group");
  if (!group) return;
  const i = [...group.querySelectorAll(".tabs input")].indexOf(input);
  const blocks = group.querySelectorAll(":scope > .blocks > div");
  for (const [j, block] of blocks.entries()) block.classList.toggle("active", j === i);
}

async function copyCode(button: HTMLButtonElement): Promise<void> {
  const pre = button.parentElement?.querySelector("pre");
  if (!pre) return;
  await navigator.clipboard.writeText((pre.textContent ?? "").replace(/\n$/, ""));
  button.classList.add("copied");
  setTimeout(() => button.classList.remove("copied"), 2000);
}

function toggleAppearance(): void {
  const dark = document.documentElement.classList.toggle("dark");
  localStorage.setItem(APPEARANCE_KEY, dark ? "dark" : "light");
  for (const b of document.querySelectorAll(".VPSwitchAppearance")) b.setAttribute("aria-checked", String(dark));
}

export function enhanceStaticPage(): void {
  document.addEventListener("click", (e) => {
    const el = e.target instanceof Element ? e.target : null;
    if (el?.matches(".vp-code-group .tabs input")) switchTab(el as HTMLInputElement);
    else if (el?.matches('div[class*="language-"] > button.copy')) void copyCode(el as HTMLButtonElement);
    else if (el?.closest(".VPSwitchAppearance")) toggleAppearance();
    else if (el?.closest(".VPSidebarItem.collapsible > .item")) {
      // A small site's sidebar groups its APIs by category, collapsed; VitePress toggles them the same way.
      el.closest(".VPSidebarItem")?.classList.toggle("collapsed");
    }
  });
  for (const root of document.querySelectorAll<HTMLElement>("[data-topkit-search]")) mountSearch(root);
}

enhanceStaticPage();
