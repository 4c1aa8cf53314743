/** One page of a paginated listing. */
export interface ListingPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
  /** URL of the page with newer items, if any. */
  newerUrl: string | undefined;
  /** URL of the page with older items, if any. */
  olderUrl: string | undefined;
}

/** Returns `items` split into pages of `perPage`, each knowing its neighbours' URLs; always at least one page. */
export function paginate<T>(
  items: readonly T[],
  perPage: number,
  pageUrl: (pageNumber: number) => string,
): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    return {
      items: items.slice(index * perPage, number * perPage),
      number,
      total,
      newerUrl: number > 1 ? pageUrl(number - 1) : undefined,
      olderUrl: number < total ? pageUrl(number + 1) : undefined,
    };
  });
}
