import type { TermKind } from "./terms.ts";

/**
 * Every URL the site links to is built here, so a route's shape is written once. Paths are
 * site-relative and include the deploy base (`BASE_PATH`), ready for `href`.
 */

/** The deploy base, always with a trailing slash: `/` or `/blog/`. */
export const basePath: string = (() => {
  const configured = import.meta.env?.BASE_URL ?? "/";
  return configured.endsWith("/") ? configured : `${configured}/`;
})();

/** Returns `path` (written without the base, e.g. `/tags/`) prefixed with the deploy base. */
export function withBase(path: string): string {
  return basePath + path.replace(/^\//, "");
}

/** Returns the pagination suffix for page `n` of a listing: nothing for page 1, `page/n/` after. */
function pageSuffix(pageNumber: number): string {
  return pageNumber > 1 ? `page/${pageNumber}/` : "";
}

/** Page `n` of the home listing. */
export const homeUrl = (pageNumber = 1): string => withBase(`/${pageSuffix(pageNumber)}`);
/** A post's page. */
export const postUrl = (postSlug: string): string => withBase(`/posts/${postSlug}/`);
/** The list of every tag. */
export const tagsIndexUrl = (): string => withBase("/tags/");
/** Page `n` of a tag's listing. */
export const tagUrl = (tagSlug: string, pageNumber = 1): string =>
  withBase(`/tags/${tagSlug}/${pageSuffix(pageNumber)}`);
/** A tag's RSS feed. */
export const tagFeedUrl = (tagSlug: string): string => withBase(`/tags/${tagSlug}/rss.xml`);
/** Page `n` of a tag's or a category's listing. */
export const termUrl = (kind: TermKind, termSlug: string, pageNumber = 1): string =>
  kind === "tags" ? tagUrl(termSlug, pageNumber) : categoryUrl(termSlug, pageNumber);
/** The list of every category. */
export const categoriesIndexUrl = (): string => withBase("/categories/");
/** Page `n` of a category's listing. */
export const categoryUrl = (categorySlug: string, pageNumber = 1): string =>
  withBase(`/categories/${categorySlug}/${pageSuffix(pageNumber)}`);
/** Every post, by year. */
export const archiveUrl = (): string => withBase("/archive/");
/** The search page. */
export const searchUrl = (): string => withBase("/search/");
/** The about page. */
export const aboutUrl = (): string => withBase("/about/");
/** A post's drawn social card image. */
export const socialCardUrl = (postSlug: string): string => withBase(`/og/${postSlug}.png`);
/** The site's RSS feed. */
export const feedUrl = (): string => withBase("/rss.xml");
/** The folder the build writes Pagefind's index and UI into. */
export const pagefindBundleUrl = (): string => withBase("/pagefind/");
/** The sitemap index. */
export const sitemapUrl = (): string => withBase("/sitemap-index.xml");

/** Returns the `[...page]` route parameter for page `n`: `undefined` for page 1, `page/n` after. */
export function pageParam(pageNumber: number): string | undefined {
  return pageNumber > 1 ? `page/${pageNumber}` : undefined;
}

/** Returns an absolute URL for a site-relative path (or leaves an absolute one as it is). */
export function absoluteUrl(path: string, siteOrigin: string | URL): string {
  return new URL(path, siteOrigin).href;
}

/** Returns a root-relative `url` (`/posts/x/`) with `base` (`/blog/`) in front; other URLs, or ones already under `base`, as they are. */
export function withBaseIfRootRelative(url: string, base: string): string {
  if (!url.startsWith("/") || url.startsWith("//") || base === "/") return url;
  if (url.startsWith(base) || url === base.slice(0, -1)) return url;
  return base + url.slice(1);
}

/**
 * Returns the `href` for a URL an author or the config wrote: a site path (`/images/a.png`) gets the
 * deploy base, unless it already has it; an absolute or protocol-relative URL stays as it is.
 */
export function siteHref(url: string): string {
  return withBaseIfRootRelative(url, basePath);
}
