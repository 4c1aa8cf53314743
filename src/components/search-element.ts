/**
 * The `<blog-search>` element: a small UI on Pagefind's JavaScript API (`pagefind.js`, shipped with the index).
 * Everything that comes from the index (titles, dates, filter values) is written as text, never as markup; the
 * only markup kept is Pagefind's `<mark>` around matched words in excerpts, rebuilt element by element.
 */
import {
  FILTER_NAMES,
  addressState,
  isEmptySearch,
  pagefindFilters,
  parseSearchParams,
  type FilterName,
  type PageSearchState,
  type PagefindFilters,
} from "../lib/outputs/search-state.ts";
import { searchQuery } from "../lib/urls/search-query.ts";

/** What `data()` of a Pagefind result resolves to (the fields this page reads). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** What `pagefind.search` returns (the fields this page reads). */
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}

/** The filter every page of one part of the index carries (Pagefind's `mergeFilter`): the part's bundle URL. */
const SHARD_FILTER = "shard";

/** The filters a search is given: the reader's, and the part of the index a date listing reads. */
type SearchFilters = PagefindFilters & { [SHARD_FILTER]?: { any: string[] } };

/** The options this page sets on every part of the index. */
interface PagefindOptions {
  baseUrl?: string;
  excerptLength?: number;
  mergeFilter?: Record<string, string>;
}

/** The part of `pagefind.js`'s module this page uses (Pagefind 1.6). */
interface PagefindModule {
  options: (options: PagefindOptions) => Promise<void>;
  mergeIndex: (bundlePath: string, options: PagefindOptions) => Promise<void>;
  search: (
    term: string | null,
    options: { filters?: SearchFilters; sort?: Record<string, "asc" | "desc"> },
  ) => Promise<PagefindSearch | null>;
}

/** How many results are shown at first and added by each "Show more results". */
const RESULTS_PER_PAGE = 20;

/** Returns a Pagefind excerpt (entity-encoded text with `<mark>` elements) as nodes: text, and `<mark>` with text. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, "text/html");
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

/** Returns a result's list item: its title as a link, its date and its excerpt. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.className = "search-result-link";
  link.href = data.url;
  link.dir = "auto";
  link.textContent = data.meta["title"] ?? data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta["date"]) {
    const date = document.createElement("p");
    date.className = "search-result-date";
    date.textContent = data.meta["date"];
    item.append(date);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

/** Returns the `<blog-search>` element class; defined by the component's script. */
export function blogSearchElement(): CustomElementConstructor {
  return class BlogSearch extends HTMLElement {
    #pagefind: PagefindModule | undefined;
    /** The index's parts, newest first, as the page lists them in `data-shards`. */
    #shards: readonly string[] = [];
    #state: PageSearchState = parseSearchParams(new URLSearchParams());
    /** Each search gets the next number; a result that arrives after a newer search started is dropped. */
    #searchNumber = 0;
    #results: PagefindSearch["results"] = [];
    #shown = 0;

    get #input(): HTMLInputElement {
      return this.querySelector(".search-input") as HTMLInputElement;
    }
    get #status(): HTMLElement {
      return this.querySelector(".search-status") as HTMLElement;
    }
    get #list(): HTMLOListElement {
      return this.querySelector(".search-results") as HTMLOListElement;
    }
    get #more(): HTMLButtonElement {
      return this.querySelector(".search-more") as HTMLButtonElement;
    }

    async connectedCallback(): Promise<void> {
      this.#takeOverForm();
      // The address's query shows at once, before Pagefind has loaded; its filters once they are listed.
      this.#input.value = parseSearchParams(new URLSearchParams(window.location.search)).query;
      this.#status.textContent = "Loading search…";
      const pagefind = await this.#loadIndex(JSON.parse(this.dataset["shards"] ?? "[]") as string[]);
      if (!pagefind) {
        this.#status.textContent = "No posts to search yet.";
        return;
      }
      this.#pagefind = pagefind;
      this.#enableFilters();
      window.addEventListener("popstate", () => this.#restore());
      this.#restore();
    }

    /**
     * Loads the index's parts, newest first (src/lib/outputs/search-shards.ts): the first as Pagefind's primary
     * index, the others merged into it. Each part's pages carry its URL as a filter, for date listings.
     */
    async #loadIndex(shards: readonly string[]): Promise<PagefindModule | undefined> {
      const [primary, ...older] = shards;
      if (primary === undefined) return undefined;
      // The module ships with the index, so its version always matches the index format.
      const pagefind = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as PagefindModule;
      // The index records pages by their path in dist/, which lacks the deploy base; results get it from here.
      const options = { baseUrl: this.dataset["baseUrl"] ?? "/", excerptLength: 30 };
      await pagefind.options({ ...options, mergeFilter: { [SHARD_FILTER]: primary } });
      await Promise.all(
        older.map((shard) => pagefind.mergeIndex(shard, { ...options, mergeFilter: { [SHARD_FILTER]: shard } })),
      );
      this.#shards = shards;
      return pagefind;
    }

    /**
     * Lists the posts the filters choose, newest first. Pagefind sorts each part of the index by date but merges
     * parts by score, which interleaves them; so each part is listed on its own, and the parts, newest first, follow
     * one another.
     */
    async #listNewestFirst(pagefind: PagefindModule, filters: PagefindFilters): Promise<PagefindSearch> {
      const parts = await Promise.all(
        this.#shards.map((shard) =>
          pagefind.search(null, { filters: { ...filters, [SHARD_FILTER]: { any: [shard] } }, sort: { date: "desc" } }),
        ),
      );
      return { results: parts.flatMap((part) => part?.results ?? []) };
    }

    /** Keeps the form in the page: no web-search field, and a note that says so in the same place. */
    #takeOverForm(): void {
      this.querySelector("input[data-web-search]")?.remove();
      const note = this.querySelector(".search-note");
      // Reworded rather than removed: the filters below it stay where they were drawn.
      if (note)
        note.textContent =
          "Search runs in this page. Choose tags, categories or years to list their posts, newest first.";
      const form = this.querySelector("form") as HTMLFormElement;
      form.action = window.location.pathname;
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        void this.#run();
      });
      this.#input.addEventListener("input", () => {
        this.#state = { ...this.#state, query: this.#input.value };
        // Typing replaces the address rather than adding to history: back goes to the previous filter choice.
        this.#writeAddress("replace");
        void this.#run();
      });
      this.#more.addEventListener("click", () => void this.#showMore());
    }

    /** The filters are in the page from the build, off until Pagefind can run them. */
    #enableFilters(): void {
      const container = this.querySelector(".search-filters") as HTMLElement;
      for (const group of container.querySelectorAll("fieldset")) group.disabled = false;
      container.addEventListener("change", (event) => {
        const box = event.target;
        if (!(box instanceof HTMLInputElement) || !FILTER_NAMES.includes(box.name as FilterName)) return;
        const name = box.name as FilterName;
        const chosen = new Set(this.#state.filters[name]);
        if (box.checked) chosen.add(box.value);
        else chosen.delete(box.value);
        this.#state = { ...this.#state, filters: { ...this.#state.filters, [name]: [...chosen] } };
        this.#writeAddress("push");
        void this.#run();
      });
    }

    /** Shows the state the address names (on load, and on back and forward) and runs it. */
    #restore(): void {
      this.#state = parseSearchParams(new URLSearchParams(window.location.search));
      this.#input.value = this.#state.query;
      for (const box of this.querySelectorAll<HTMLInputElement>(".search-filter input[type=checkbox]")) {
        box.checked = this.#state.filters[box.name as FilterName]?.includes(box.value) ?? false;
      }
      void this.#run();
    }

    #writeAddress(how: "push" | "replace"): void {
      // The page's own path (`/search/`, `/ja/search/`, under any base), with the state as its query string.
      const address = window.location.pathname + searchQuery(addressState(this.#state));
      if (address === `${window.location.pathname}${window.location.search}`) return;
      if (how === "push") window.history.pushState(null, "", address);
      else window.history.replaceState(null, "", address);
    }

    async #run(): Promise<void> {
      const pagefind = this.#pagefind;
      if (!pagefind) return;
      const number = ++this.#searchNumber;
      const state = this.#state;
      if (isEmptySearch(state)) {
        this.#list.replaceChildren();
        this.#more.hidden = true;
        this.#status.textContent = "Type to search every post, or choose a tag, category or year to list its posts.";
        return;
      }
      const term = state.query.trim() || null;
      // For the bench (scripts/bench/browser.ts): when the first query went to Pagefind.
      if (performance.getEntriesByName("search:query").length === 0) performance.mark("search:query");
      // With nothing typed there is no relevance to rank by: the chosen filters' posts are listed newest first.
      const filters = pagefindFilters(state);
      const search = term ? await pagefind.search(term, { filters }) : await this.#listNewestFirst(pagefind, filters);
      if (number !== this.#searchNumber || !search) return;
      this.#results = search.results;
      this.#shown = 0;
      this.#list.replaceChildren();
      const count = search.results.length;
      this.#status.textContent =
        count === 0 ? "No results." : `${count} ${count === 1 ? "post" : "posts"}${term ? "" : ", newest first"}.`;
      await this.#showMore(number);
    }

    async #showMore(number = this.#searchNumber): Promise<void> {
      const next = this.#results.slice(this.#shown, this.#shown + RESULTS_PER_PAGE);
      const loaded = await Promise.all(next.map((result) => result.data()));
      if (number !== this.#searchNumber) return;
      this.#list.append(...loaded.map(resultItem));
      this.#shown += next.length;
      this.#more.hidden = this.#shown >= this.#results.length;
    }
  };
}
