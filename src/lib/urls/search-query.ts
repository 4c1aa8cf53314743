/**
 * The query string of the search page's address. Imports nothing, so the search page's browser script can use
 * it without pulling in the site's configuration (which reads `process.env`).
 */

/** What the search page's address can carry: a query, and filter values by filter name (`tag`, `category`, `year`). */
export interface SearchState {
  query?: string | undefined;
  filters?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** Returns `?q=…&tag=…` for `state`, or an empty string when it asks for nothing. */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const [name, values] of Object.entries(state.filters ?? {}))
    for (const value of values) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
