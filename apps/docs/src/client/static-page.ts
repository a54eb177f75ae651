import { mountSearch } from "./search-box.js";

/**
 * What VitePress's client does on a page, for the reference pages written as static HTML (they carry
 * VitePress's markup and CSS but not its app): code-group tabs, copy buttons, the dark-mode switch, collapsible
 * sidebar groups, the phone layout's menus (the hamburger's nav screen, the sidebar behind "Menu", the
 * "On this page" dropdown), the aside outline's marker and the search box. Event delegation on the
 * document, as VitePress does, so it needs no per-element setup.
 */

/** VitePress's key for the chosen appearance, read by the inline script in every page's head. */
const APPEARANCE_KEY = "vitepress-theme-appearance";

/** From this width up the theme hides the nav screen (and shows the nav bar's own links). */
const NAV_SCREEN_MAX_WIDTH = 768;

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

const navScreen = () => document.getElementById("VPNavScreen");
const sidebar = () => document.querySelector<HTMLElement>(".VPSidebar");
const outlineItems = () => document.querySelector<HTMLElement>(".VPLocalNavOutlineDropdown .items");

/** While the nav screen or the sidebar is open the page behind it does not scroll, as in VitePress. */
function lockScroll(): void {
  const open = navScreen()?.hidden === false || sidebar()?.classList.contains("open");
  document.body.style.overflow = open ? "hidden" : "";
}

/** The hamburger's full-screen menu (phones): nav links and the appearance switch. */
function showNavScreen(open: boolean): void {
  const screen = navScreen();
  if (!screen) return;
  screen.hidden = !open;
  for (const b of document.querySelectorAll(".VPNavBarHamburger")) {
    b.classList.toggle("active", open);
    b.setAttribute("aria-expanded", String(open));
  }
  document.querySelector(".VPNavBar")?.classList.toggle("screen-open", open);
  lockScroll();
}

/** The sidebar as a drawer (below the theme's desktop width), over a backdrop that closes it. */
function showSidebar(open: boolean): void {
  const bar = sidebar();
  if (!bar) return;
  bar.classList.toggle("open", open);
  const backdrop = document.querySelector<HTMLElement>(".VPBackdrop");
  if (backdrop) backdrop.hidden = !open;
  document.querySelector(".VPLocalNav .menu")?.setAttribute("aria-expanded", String(open));
  if (open) bar.querySelector<HTMLElement>("nav")?.focus();
  lockScroll();
}

/** The local nav's "On this page" list; it may be as tall as the window below the nav bars. */
function showOutline(open: boolean): void {
  const items = outlineItems();
  if (!items) return;
  items.hidden = !open;
  const dropdown = items.parentElement!;
  const button = dropdown.querySelector(":scope > button");
  button?.classList.toggle("open", open);
  button?.setAttribute("aria-expanded", String(open));
  if (open) dropdown.style.setProperty("--vp-vh", `${innerHeight}px`);
}

function scrollToTop(): void {
  showOutline(false);
  scrollTo({ top: 0, left: 0, behavior: "smooth" });
}

/** The height the fixed nav bars cover at the top of the window. */
function coveredTop(): number {
  return [".VPNav", ".VPLocalNav"].reduce((top, sel) => {
    const bar = document.querySelector(sel)?.getBoundingClientRect();
    return bar && bar.height > 0 && bar.top <= top ? Math.max(top, bar.bottom) : top;
  }, 0);
}

/**
 * Marks the aside outline's link of the section being read (the last heading scrolled past the nav bars)
 * and moves the theme's marker beside it.
 */
function markActiveSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(".VPDocAsideOutline .outline-link")];
  const marker = document.querySelector<HTMLElement>(".VPDocAsideOutline .outline-marker");
  if (!marker || links.length === 0) return;
  // A heading an outline link scrolled to stands a little below the bars (`scroll-margin-top` in custom.css).
  const top = coveredTop() + 24;
  let active: HTMLAnchorElement | undefined;
  for (const link of links) {
    const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (heading && heading.getBoundingClientRect().top <= top) active = link;
  }
  for (const link of links) link.classList.toggle("active", link === active);
  if (!active) {
    marker.style.opacity = "0";
    return;
  }
  const box = active.getBoundingClientRect();
  const parent = marker.parentElement!.getBoundingClientRect();
  marker.style.top = `${box.top - parent.top + (box.height - marker.offsetHeight) / 2}px`;
  marker.style.opacity = "1";
}

function onClick(e: MouseEvent): void {
  const el = e.target instanceof Element ? e.target : null;
  if (!el) return;
  const items = outlineItems();
  if (items && !items.hidden && !el.closest(".VPLocalNavOutlineDropdown")) showOutline(false);
  if (el.matches(".vp-code-group .tabs input")) switchTab(el as HTMLInputElement);
  else if (el.matches('div[class*="language-"] > button.copy')) void copyCode(el as HTMLButtonElement);
  else if (el.closest(".VPSwitchAppearance")) toggleAppearance();
  else if (el.closest(".VPSidebarItem.collapsible > .item")) {
    // A small site's sidebar groups its APIs by category, collapsed; VitePress toggles them the same way.
    el.closest(".VPSidebarItem")?.classList.toggle("collapsed");
  } else if (el.closest(".VPNavBarHamburger")) showNavScreen(navScreen()?.hidden === true);
  else if (el.closest("#VPNavScreen a")) showNavScreen(false);
  else if (el.closest(".VPLocalNav .menu")) showSidebar(true);
  else if (el.closest(".VPBackdrop")) showSidebar(false);
  else if (el.closest(".VPLocalNavOutlineDropdown .top-link")) {
    e.preventDefault();
    scrollToTop();
  } else if (el.closest(".VPLocalNavOutlineDropdown > button")) {
    if (items) showOutline(items.hidden !== false);
    else scrollToTop();
  } else if (el.closest(".VPLocalNavOutlineDropdown .outline-link")) showOutline(false);
}

export function enhanceStaticPage(): void {
  document.addEventListener("click", onClick);
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    showNavScreen(false);
    showSidebar(false);
    showOutline(false);
  });
  addEventListener("resize", () => {
    if (innerWidth >= NAV_SCREEN_MAX_WIDTH && navScreen()?.hidden === false) showNavScreen(false);
  });
  let queued = false;
  const mark = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      markActiveSection();
    });
  };
  addEventListener("scroll", mark, { passive: true });
  mark();
  for (const root of document.querySelectorAll<HTMLElement>("[data-topkit-search]")) mountSearch(root);
}

enhanceStaticPage();
