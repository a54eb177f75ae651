import { type CategoryList, categoryListPath } from "../page/links.js";
import { categoryLookupKey, queryWords } from "../search/search-keys.js";

/** Where the built site keeps Pagefind's index and its loader (`pagefind.js`). */
export const PAGEFIND_PATH = "/pagefind/";

/** How many hits the box shows; the chromium test asks for the expected API among the first five. */
export const SHOWN_RESULTS = 8;

interface PagefindSubResult {
  url: string;
  title: string;
  locations: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind's loader, fetched once: when the page has loaded and is idle, when the pointer comes onto the
 * nav bar, on focus or on the first keystroke, whichever is first. `init()` then loads the wasm and the
 * index's metadata, so a query only waits for its own index chunk and its hits' fragments. Page length
 * is not held against a page: API pages with big response trees would otherwise lose to short ones that
 * only mention the word. A failed load is forgotten, so the next keystroke tries again.
 */
let failedLoads = 0;

function loadPagefind(): Promise<Pagefind> {
  // A retry imports a new instance of the loader (another URL): the failed one keeps its failed init.
  const url = `${PAGEFIND_PATH}pagefind.js${failedLoads > 0 ? `?retry=${failedLoads}` : ""}`;
  pagefind ??= import(/* @vite-ignore */ url)
    .then(async (pf: Pagefind) => {
      await pf.options({ ranking: { pageLength: 0.3 } });
      await pf.init();
      return pf;
    })
    .catch((e: unknown) => {
      pagefind = undefined;
      failedLoads++;
      throw e;
    });
  return pagefind;
}

let categoryList: Promise<CategoryList> | undefined;

/**
 * The site's category pages by name (a few KB), fetched with Pagefind. Without it the box still works:
 * a failed fetch leaves Pagefind's hits alone.
 */
function loadCategories(): Promise<CategoryList> {
  categoryList ??= fetch(categoryListPath)
    .then((r) => (r.ok ? (r.json() as Promise<CategoryList>) : {}))
    .catch(() => ({}));
  return categoryList;
}

/** How long an idle page may wait for the browser to call it idle before the warm-up starts anyway. */
const IDLE_WAIT_MS = 2000;

/**
 * Loads Pagefind (loader, wasm, index metadata: about 140 KB) and the category list ahead of the first
 * keystroke. A failure here is not reported: the keystroke that needs them loads them again.
 */
function warmUp(): void {
  Promise.all([loadPagefind(), loadCategories()])
    .then(() => {
      // Marks the box as ready: tests wait for it before leaving a page, so no load is cut off mid-way.
      for (const box of document.querySelectorAll<HTMLElement>("[data-topkit-search]")) box.dataset.searchReady = "1";
    })
    .catch(() => {});
}

/**
 * Warms the search once the page has loaded and the browser is idle, so the first query waits only for
 * its own index chunk and fragments, even when it is typed without focusing the box first. Not when the
 * reader asked the browser to save data: then the box warms on pointer, focus or first key only.
 */
function warmWhenIdle(): void {
  if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
  const idle = () => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(warmUp, { timeout: IDLE_WAIT_MS });
    else setTimeout(warmUp, IDLE_WAIT_MS);
  };
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
}

/** What one line of the hit list shows. */
interface Hit {
  url: string;
  title: string;
  zh?: string;
  excerpt: Node[];
}

/**
 * A query that is a category's name asks for that category: its page comes first, whatever Pagefind
 * ranks. Pagefind alone cannot promise it, because the category's API pages repeat its words
 * (`酒店API` lost to five xhotel pages).
 */
function categoryHits(list: CategoryList, query: string): Hit[] {
  const key = categoryLookupKey(query);
  return (Object.hasOwn(list, key) ? (list[key] ?? []) : []).map((c) => ({
    url: c.url,
    title: c.name,
    excerpt: [document.createTextNode(`Category: ${c.apis} APIs`)],
  }));
}

function pagefindHit(data: PagefindData): Hit {
  return {
    url: hitUrl(data),
    title: data.meta.title ?? data.url,
    zh: data.meta.zh,
    excerpt: excerptNodes(data.excerpt),
  };
}

/** The hit's link: the section that holds most of the matches (`#request`, a struct), else the page. */
function hitUrl(data: PagefindData): string {
  const best = [...data.sub_results].sort((a, b) => b.locations.length - a.locations.length)[0];
  return best?.url ?? data.url;
}

/**
 * Pagefind's excerpt is HTML (escaped page text with `<mark>` around matches). It is parsed in an inert
 * template and copied over as text and `<mark>` only, so doc text can never become markup here.
 */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement("template");
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((n) => {
    if (n.nodeName !== "MARK") return document.createTextNode(n.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = n.textContent;
    return mark;
  });
}

function hitItem(hit: Hit): HTMLLIElement {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = hit.url;
  a.className = "topkit-search-hit";
  const title = document.createElement("span");
  title.className = "topkit-search-title";
  title.textContent = hit.title;
  if (hit.zh && hit.zh !== hit.title) {
    const zh = document.createElement("span");
    zh.className = "topkit-search-zh";
    zh.textContent = hit.zh;
    title.append(" ", zh);
  }
  const excerpt = document.createElement("span");
  excerpt.className = "topkit-search-excerpt";
  excerpt.append(...hit.excerpt);
  a.append(title, excerpt);
  li.append(a);
  return li;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Binds a search box (`[data-topkit-search]`: an input and a result list) to Pagefind. Only the newest
 * query's answer is shown, so a slow answer to an older keystroke never overwrites a newer one.
 */
export function mountSearch(root: HTMLElement): void {
  if (root.dataset.mounted) return;
  root.dataset.mounted = "1";
  const input = root.querySelector("input")!;
  const list = root.querySelector("ol")!;
  let latest = 0;
  const close = () => {
    list.hidden = true;
  };
  const run = async () => {
    const seq = ++latest;
    const words = queryWords(input.value);
    if (!words) return close();
    const [pf, categories] = await Promise.all([loadPagefind(), loadCategories()]);
    const found = await pf.search(words);
    const pinned = categoryHits(categories, input.value);
    const pages = await Promise.all((found?.results ?? []).slice(0, SHOWN_RESULTS).map((r) => r.data()));
    if (seq !== latest) return;
    const hits = [
      ...pinned,
      ...pages
        .map(pagefindHit)
        .filter(
          (h) => !pinned.some((p) => new URL(p.url, location.href).pathname === new URL(h.url, location.href).pathname),
        ),
    ].slice(0, SHOWN_RESULTS);
    list.replaceChildren(...hits.map(hitItem));
    if (hits.length === 0) {
      const li = document.createElement("li");
      li.className = "topkit-search-none";
      li.textContent = `No results for “${input.value.trim()}”`;
      list.append(li);
    }
    list.hidden = false;
    root.dataset.query = input.value;
  };
  warmWhenIdle();
  // The pointer coming onto the nav bar is a hint the box is next (on a phone, a touch there).
  (root.closest(".VPNav") ?? root).addEventListener("pointerenter", warmUp, { once: true });
  input.addEventListener("focus", warmUp);
  input.addEventListener("input", () => void run());
  input.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      close();
      input.blur();
    } else if (e.key === "Enter") {
      const first = list.querySelector<HTMLAnchorElement>("a.topkit-search-hit");
      if (first) location.assign(first.href);
    }
  });
  document.addEventListener("click", (e) => {
    if (!root.contains(e.target as Node)) close();
  });
  document.addEventListener("keydown", (e) => {
    const shortcut = (e.key === "k" && (e.ctrlKey || e.metaKey)) || (e.key === "/" && !isTyping(e.target));
    if (!shortcut) return;
    e.preventDefault();
    input.focus();
  });
}
