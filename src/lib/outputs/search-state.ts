/**
 * The search page's state as its address carries it (`/search/?q=…&tag=…&year=…`), and as Pagefind is asked for
 * it. Pure functions, shared by the browser script (src/components/Search.astro) and the unit tests.
 */
import type { SearchState } from "../urls/search-query.ts";

/** The filters the index carries, in the order the page shows them; each is also its parameter in the address. */
export const FILTER_NAMES = ["tag", "category", "year"] as const;

/** One of the filters the search page offers. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** The state the page shows: the typed query and the chosen values of each filter. */
export interface PageSearchState {
  query: string;
  filters: Record<FilterName, string[]>;
}

/** Returns the state an address's query string names; unknown parameters and repeated values are dropped. */
export function parseSearchParams(params: URLSearchParams): PageSearchState {
  const filters = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, [...new Set(params.getAll(name).filter((value) => value !== ""))]]),
  ) as Record<FilterName, string[]>;
  return { query: params.get("q") ?? "", filters };
}

/** Returns the state as `searchUrl` takes it: an empty query and empty filters left out, so the address stays short. */
export function addressState(state: PageSearchState): SearchState {
  const filters = Object.fromEntries(
    FILTER_NAMES.flatMap((name) => (state.filters[name].length > 0 ? [[name, state.filters[name]]] : [])),
  );
  return { query: state.query.trim() || undefined, filters };
}

/** Returns true when the state asks for nothing: no query, no filter. */
export function isEmptySearch(state: PageSearchState): boolean {
  return state.query.trim() === "" && FILTER_NAMES.every((name) => state.filters[name].length === 0);
}

/** Pagefind's filter object: a post matches any chosen value of a filter, and every filter that has one. */
export type PagefindFilters = Partial<Record<FilterName, { any: string[] }>>;

/** Returns the filters to hand Pagefind's `search` for `state`. */
export function pagefindFilters(state: PageSearchState): PagefindFilters {
  return Object.fromEntries(
    FILTER_NAMES.flatMap((name) => (state.filters[name].length > 0 ? [[name, { any: state.filters[name] }]] : [])),
  );
}

/** Returns a filter's values in the order the page lists them: years newest first, names alphabetically. */
export function orderedFilterValues(name: FilterName, counts: Readonly<Record<string, number>>): string[] {
  const values = Object.keys(counts);
  return name === "year"
    ? values.sort((a, b) => b.localeCompare(a))
    : values.sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base" }));
}
