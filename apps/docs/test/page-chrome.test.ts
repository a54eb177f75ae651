import { describe, expect, test } from "vitest";
import { pageChrome } from "../src/static/page-chrome.js";

/**
 * The parts of a VitePress 1.6 shell page that `pageChrome` reads, as VitePress renders them on the server
 * (closed menus are `<!---->`, the outline an empty list), cut down to those elements.
 */
const SHELL = [
  '<head><meta name="description" content="x"></head><body><div id="app"><div class="Layout" data-v-aaaa0001>',
  '<a href="#VPContent" class="VPSkipLink">Skip to content</a><!----><header class="VPNav" data-v-aaaa0001 data-v-aaaa0002>',
  '<nav class="VPNavBarMenu menu" data-v-aaaa0003><a class="VPLink link VPNavBarMenuLink" href="/guide/a.html" tabindex="0" data-v-aaaa0003 data-v-aaaa0004><!--[--><span data-v-aaaa0004>Guide</span><!--]--></a>',
  '<a class="VPLink link VPNavBarMenuLink" href="/api/" tabindex="0" data-v-aaaa0003 data-v-aaaa0004><!--[--><span data-v-aaaa0004>API reference</span><!--]--></a></nav>',
  '<div class="item appearance" data-v-aaaa0005><p class="label" data-v-aaaa0005>Appearance</p>',
  '<button class="VPSwitch VPSwitchAppearance" type="button" role="switch" aria-checked="false" data-v-aaaa0006><span class="check"></span></button></div>',
  '<button type="button" class="VPNavBarHamburger hamburger" aria-expanded="false" aria-controls="VPNavScreen"></button><!----></header>',
  '<div class="VPLocalNav has-sidebar empty" data-v-aaaa0001 data-v-aaaa0007><div class="container"><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav">Menu</button>',
  '<div class="VPLocalNavOutlineDropdown" style="--vp-vh:0px;" data-v-aaaa0007 data-v-aaaa0008><button data-v-aaaa0008>Return to top</button><!----></div></div></div>',
  '<nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline" data-v-aaaa0009><div class="content"><div class="outline-marker"></div>',
  '<div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" data-v-aaaa0009>On this page</div>',
  '<ul class="VPDocOutlineItem root" data-v-aaaa0009 data-v-aaaa0010><!--[--><!--]--></ul></div></nav>',
].join("");

const CSS = [
  ".VPNavScreen[data-v-bbbb0001]{position:fixed}",
  ".VPNavScreenMenuLink[data-v-bbbb0002]{display:block}",
  ".VPNavScreenAppearance[data-v-bbbb0003]{display:flex}",
  ".VPBackdrop[data-v-bbbb0004]{position:fixed}",
].join("");

const OUTLINE = [{ id: "request", titleHtml: "Request parameters", children: [] }];

describe("the static pages' frame", () => {
  const chrome = pageChrome(SHELL, CSS);

  test("adds the closed nav screen: the nav bar's links and the appearance switch, in the theme's scopes", () => {
    const page = chrome.beforeBody([]);
    const screen =
      /<div class="VPNavScreen" id="VPNavScreen" hidden data-v-aaaa0002 data-v-bbbb0001>.*?<\/header>/.exec(page)?.[0];
    expect(screen).toBeDefined();
    expect(screen).toContain(
      '<a class="VPLink link VPNavScreenMenuLink" href="/guide/a.html" data-v-bbbb0002><span data-v-bbbb0002>Guide</span></a>',
    );
    expect(screen).toContain('href="/api/" data-v-bbbb0002><span data-v-bbbb0002>API reference</span>');
    expect(screen).toMatch(
      /<p class="text" data-v-bbbb0003>Appearance<\/p><button class="VPSwitch VPSwitchAppearance"/,
    );
  });

  test("adds the sidebar's closed backdrop in the layout's and the backdrop's scopes", () => {
    expect(chrome.beforeBody([])).toContain(
      '<div class="VPBackdrop backdrop" hidden data-v-aaaa0001 data-v-bbbb0004></div><header class="VPNav"',
    );
  });

  test("a page without sections keeps VitePress's outline-less frame", () => {
    const page = chrome.beforeBody([]);
    expect(page).toContain('class="VPLocalNav has-sidebar empty"');
    expect(page).toContain("<button data-v-aaaa0008>Return to top</button>");
    expect(page).not.toContain("has-outline");
  });

  test("a page with sections gets the outline in the aside and the local nav's dropdown", () => {
    const page = chrome.beforeBody(OUTLINE);
    const link =
      '<li data-v-aaaa0010><a class="outline-link" href="#request" title="Request parameters" data-v-aaaa0010>Request parameters</a></li>';
    expect(page).toContain('class="VPDocAsideOutline has-outline"');
    expect(page).toContain(`<ul class="VPDocOutlineItem root" data-v-aaaa0009 data-v-aaaa0010>${link}</ul>`);
    expect(page).toContain('class="VPLocalNav has-sidebar"');
    expect(page).toContain(
      '<button aria-expanded="false" data-v-aaaa0008><span class="menu-text" data-v-aaaa0008>On this page</span>',
    );
    expect(page).toContain('<a class="top-link" href="#" data-v-aaaa0008>Return to top</a>');
    expect(page).toContain(`<ul class="VPDocOutlineItem nested" data-v-aaaa0008 data-v-aaaa0010>${link}</ul>`);
  });

  test("fails the build when VitePress's markup or CSS no longer has what it needs", () => {
    expect(() => pageChrome(SHELL.replace("<!----></header>", "</header>"), CSS)).toThrow(/nav screen place/);
    expect(() => pageChrome(SHELL, CSS.replace(".VPBackdrop", ".Other"))).toThrow(/VPBackdrop style/);
    expect(() => pageChrome(SHELL.replace(/VPNavBarMenuLink/g, "X"), CSS)).toThrow(/no nav bar links/);
  });
});
