import { defineComponent, h, onMounted, ref } from "vue";
import { mountSearch } from "./search-box.js";

/**
 * The search box in the nav bar (replaces VitePress's local search). VitePress renders it into every
 * page's HTML, including the shell the static API pages are cut from, so guides and API pages carry the
 * same markup; `mountSearch` binds it on both.
 */
export const SearchBox = defineComponent({
  name: "TopkitSearch",
  setup() {
    const root = ref<HTMLElement>();
    onMounted(() => mountSearch(root.value!));
    return () =>
      h("div", { ref: root, class: "topkit-search", "data-topkit-search": "" }, [
        h("input", {
          type: "search",
          class: "topkit-search-input",
          placeholder: "Search: method, 中文名, param",
          "aria-label": "Search the docs",
          autocomplete: "off",
          spellcheck: "false",
        }),
        h("ol", { class: "topkit-search-results", hidden: true }),
      ]);
  },
});
