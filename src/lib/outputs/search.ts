import { searchUrl, type TermKind } from "../urls/urls.ts";

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
