import { inBrowser, type Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import { h } from "vue";
import { SearchBox } from "../../../src/client/search-component.js";
import { isStaticPage } from "../../../src/page/links.js";
import "./custom.css";

export default {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, { "nav-bar-content-before": () => h(SearchBox) }),
  enhanceApp({ router }) {
    // API and category pages are static HTML outside VitePress's app: open them with a full page load
    // (its router would look for a page chunk that does not exist and show its 404).
    router.onBeforeRouteChange = (to) => {
      if (!inBrowser || !isStaticPage(new URL(to, location.href).pathname)) return;
      location.assign(to);
      return false;
    };
  },
} satisfies Theme;
