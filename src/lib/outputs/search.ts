import type { Post } from "../content/post.ts";
import { calendarYear } from "../content/dates.ts";
import { groupByTerm, groupByYear } from "../content/terms.ts";
import { postsInLanguage } from "../content/translations.ts";
import { site } from "../../site.config.ts";
import { searchUrl, type TermKind } from "../urls/urls.ts";
import { FILTER_NAMES, orderedFilterValues, type FilterName } from "./search-state.ts";

/**
 * Returns a tag or category name as it is given to Pagefind as a filter value. Pagefind decodes HTML entities
 * in filter values (repeatedly), so a value can come out of the index as markup: the search page writes labels
 * as text, but Pagefind's Default UI (1.6), or a theme's UI over the same index, writes them as HTML. No escaping
 * survives the decoding, so `&`, `<` and `>` are swapped for their full-width look-alikes (＆ ＜ ＞), which read
 * the same and can form neither a tag nor an entity. Only search filter labels show them.
 */
export function searchFilterValue(name: string): string {
  return name.replace(/&/g, "＆").replace(/</g, "＜").replace(/>/g, "＞");
}

/** The Pagefind filter each kind of term is indexed under; also its parameter in the search page's address. */
export const SEARCH_FILTERS = { tags: "tag", categories: "category", year: "year" } as const;

/** Returns the search page's address that lists every post filed under the tag or category `name`, newest first. */
export function termSearchUrl(kind: TermKind, name: string): string {
  return searchUrl({ filters: { [SEARCH_FILTERS[kind]]: [searchFilterValue(name)] } });
}

/** One of the search page's filter groups, as the page lists it before any script runs. */
export interface SearchFilterGroup {
  name: FilterName;
  legend: string;
  /** Each value as the index holds it, with how many posts carry it, in the order the page lists them. */
  values: { value: string; count: number }[];
}

const FILTER_LEGENDS: Record<FilterName, string> = { tag: "Tags", category: "Categories", year: "Years" };

/**
 * Returns a language's search page's filters: every tag, category and year of its posts with its post count,
 * with the values the post pages give Pagefind. Drawn into the page at build time, so the filters are there
 * (and take their place) before Pagefind has loaded.
 */
export function searchFilterGroups(allPosts: readonly Post[], lang: string = site.lang): SearchFilterGroup[] {
  // Each language's search page searches that language's index, so it offers that language's filters.
  const posts = postsInLanguage(allPosts, lang);
  const counts: Record<FilterName, Record<string, number>> = {
    tag: Object.fromEntries(
      groupByTerm(posts, "tags").map((term) => [searchFilterValue(term.name), term.posts.length]),
    ),
    category: Object.fromEntries(
      groupByTerm(posts, "categories").map((term) => [searchFilterValue(term.name), term.posts.length]),
    ),
    year: Object.fromEntries(
      groupByYear(posts, (date) => calendarYear(date, site.timeZone)).map((group) => [
        String(group.year),
        group.posts.length,
      ]),
    ),
  };
  return FILTER_NAMES.filter((name) => Object.keys(counts[name]).length > 0).map((name) => ({
    name,
    legend: FILTER_LEGENDS[name],
    values: orderedFilterValues(name, counts[name]).map((value) => ({ value, count: counts[name][value] ?? 0 })),
  }));
}
