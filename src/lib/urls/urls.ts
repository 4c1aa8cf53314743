/**
 * Every URL the site links to is built here, so a route's shape is written once. Paths are
 * site-relative and include the deploy base (`BASE_PATH`), ready for `href`. Imports nothing of the
 * blog's own but the site's configuration (its language): content, outputs, checks and scripts all build on it.
 * Posts in the site's language live at `/posts/<slug>/`; every other language has its own folder, `/<lang>/`,
 * holding its posts, listing, feed and search page.
 */
import { searchQuery, type SearchState } from "./search-query.ts";
import { site } from "../../site.config.ts";

/** The two kinds of listing a post can be filed under. */
export type TermKind = "tags" | "categories";

/** The site's folders, each written once: every URL, glob and reserved path below is made from these. */
export const SITE_FOLDERS = {
  posts: "posts",
  tags: "tags",
  categories: "categories",
  listingPages: "page",
  searchIndex: "pagefind",
  socialCards: "og",
  astroAssets: "_astro",
} as const;

/** Files at the site's root that are not pages but are served as they are. */
export const SITE_FILES = {
  feed: "rss.xml",
  feedAlias: "feed.xml",
  siteCard: "social-card.png",
  robots: "robots.txt",
  sitemapIndex: "sitemap-index.xml",
  favicon: "favicon.svg",
  redirects: "_redirects",
  headers: "_headers",
  /** The list of the search index's parts and the post pages each indexes (outputs/search-shards.ts). */
  searchShards: "pagefind/shards.json",
} as const;

/** The site's single pages, by their path without slashes (`""` is the home page). */
export const SITE_PAGES = {
  home: "",
  notFound: "404",
  about: "about",
  archive: "archive",
  search: "search",
} as const;

/** The glob, relative to the output folder, matching every post page, in any language: the pages the search index reads. */
export const POST_PAGES_GLOB = `{${SITE_FOLDERS.posts},*/${SITE_FOLDERS.posts}}/**/*.html`;

/** What a language's own folder holds, besides its posts (`<lang>/posts/`): listing pages, feed, search page. */
export const LANGUAGE_FOLDER_PATHS = [SITE_FOLDERS.listingPages, SITE_FILES.feed, SITE_PAGES.search] as const;

/** Returns a deploy base as every URL here uses it: one trailing slash, `/` or `/blog/`. */
export function normalBasePath(configured: string): string {
  return `${configured.replace(/\/+$/, "")}/`;
}

/** The deploy base, always with a trailing slash: `/` or `/blog/`. */
export const basePath: string = normalBasePath(import.meta.env?.BASE_URL ?? "/");

/** Returns `path` (written without the base, e.g. `/tags/`) prefixed with the deploy base. */
export function withBase(path: string): string {
  return basePath + path.replace(/^\//, "");
}

/** Returns the pagination suffix for page `n` of a listing: nothing for page 1, `page/n/` after. */
function pageSuffix(pageNumber: number): string {
  return pageNumber > 1 ? `${SITE_FOLDERS.listingPages}/${pageNumber}/` : "";
}

/**
 * Returns the folder a language's pages live in, as a path prefix: nothing for the site's language, `ja/` or
 * `pt-br/` (lowercase, as URLs are usually written) for the others.
 */
export function languagePrefix(lang: string = site.lang): string {
  return lang === site.lang ? "" : `${languageSegment(lang)}/`;
}

/** Returns a language tag as its folder name: `pt-BR` gives `pt-br`. */
export function languageSegment(lang: string): string {
  return lang.toLowerCase();
}

/** Page `n` of the home listing. */
export const homeUrl = (pageNumber = 1): string => withBase(`/${pageSuffix(pageNumber)}`);
/** Page `n` of a language's listing: the home listing for the site's language, `/<lang>/` for the others. */
export const languageHomeUrl = (lang: string, pageNumber = 1): string =>
  withBase(`/${languagePrefix(lang)}${pageSuffix(pageNumber)}`);
/** A post's page: `/posts/<slug>/` in the site's language, `/<lang>/posts/<slug>/` in another. */
export const postUrl = (postSlug: string, lang: string = site.lang): string =>
  withBase(`/${languagePrefix(lang)}${SITE_FOLDERS.posts}/${postSlug}/`);
/** The file a post's page is written to, relative to the output folder: `posts/<slug>/index.html`. */
export const postPageFile = (postSlug: string, lang: string = site.lang): string =>
  `${languagePrefix(lang)}${SITE_FOLDERS.posts}/${postSlug}/index.html`;
/** The list of every tag. */
export const tagsIndexUrl = (): string => withBase(`/${SITE_FOLDERS.tags}/`);
/** Page `n` of a tag's listing. */
export const tagUrl = (tagSlug: string, pageNumber = 1): string =>
  withBase(`/${SITE_FOLDERS.tags}/${tagSlug}/${pageSuffix(pageNumber)}`);
/** A tag's RSS feed. */
export const tagFeedUrl = (tagSlug: string): string => withBase(`/${SITE_FOLDERS.tags}/${tagSlug}/${SITE_FILES.feed}`);
/** A category's RSS feed. */
export const categoryFeedUrl = (categorySlug: string): string =>
  withBase(`/${SITE_FOLDERS.categories}/${categorySlug}/${SITE_FILES.feed}`);
/** A tag's or a category's RSS feed. */
export const termFeedUrl = (kind: TermKind, termSlug: string): string =>
  kind === "tags" ? tagFeedUrl(termSlug) : categoryFeedUrl(termSlug);
/** Page `n` of a tag's or a category's listing. */
export const termUrl = (kind: TermKind, termSlug: string, pageNumber = 1): string =>
  kind === "tags" ? tagUrl(termSlug, pageNumber) : categoryUrl(termSlug, pageNumber);
/** The list of every category. */
export const categoriesIndexUrl = (): string => withBase(`/${SITE_FOLDERS.categories}/`);
/** Page `n` of a category's listing. */
export const categoryUrl = (categorySlug: string, pageNumber = 1): string =>
  withBase(`/${SITE_FOLDERS.categories}/${categorySlug}/${pageSuffix(pageNumber)}`);
/** Every post, by year. */
export const archiveUrl = (): string => withBase(`/${SITE_PAGES.archive}/`);
/**
 * The search page of a language's posts (`/search/` for the site's language, `/<lang>/search/` for another);
 * with a query or filters, the address that opens it with them (`/search/?q=…&tag=…`).
 */
export function searchUrl(state: SearchState = {}, lang: string = site.lang): string {
  return withBase(`/${languagePrefix(lang)}${SITE_PAGES.search}/`) + searchQuery(state);
}
/** The about page. */
export const aboutUrl = (): string => withBase(`/${SITE_PAGES.about}/`);
/** A post's drawn social card image: `/og/<slug>.png`, or `/og/<slug>.<lang>.png` for a post in another language. */
export const socialCardUrl = (postSlug: string, lang: string = site.lang): string =>
  withBase(`/${SITE_FOLDERS.socialCards}/${socialCardName(postSlug, lang)}.png`);
/** Returns the name of a post's social card without `.png` (the card route's parameter); slugs never hold a dot. */
export function socialCardName(postSlug: string, lang: string = site.lang): string {
  return lang === site.lang ? postSlug : `${postSlug}.${languageSegment(lang)}`;
}
/** The site's drawn social card, for every page that is not a post. */
export const siteCardUrl = (): string => withBase(`/${SITE_FILES.siteCard}`);
/** The site's RSS feed: the posts in the site's language. */
export const feedUrl = (): string => withBase(`/${SITE_FILES.feed}`);
/** The RSS feed of a language's posts: the site's feed for the site's language, `/<lang>/rss.xml` for another. */
export const languageFeedUrl = (lang: string): string => withBase(`/${languagePrefix(lang)}${SITE_FILES.feed}`);
/** The site's feed at jekyll-feed's address, for readers who subscribed to a Jekyll blog. */
export const feedAliasUrl = (): string => withBase(`/${SITE_FILES.feedAlias}`);
/** The folder of one part of the search index, a Pagefind bundle of its own (outputs/search-shards.ts). */
export const searchShardUrl = (shardName: string): string => withBase(`/${SITE_FOLDERS.searchIndex}/${shardName}/`);
/** The sitemap index. */
export const sitemapUrl = (): string => withBase(`/${SITE_FILES.sitemapIndex}`);

/** The site's icon. */
export const faviconUrl = (): string => withBase(`/${SITE_FILES.favicon}`);

/** Returns the `[...page]` route parameter for page `n`: `undefined` for page 1, `page/n` after. */
export function pageParam(pageNumber: number): string | undefined {
  return pageNumber > 1 ? `${SITE_FOLDERS.listingPages}/${pageNumber}` : undefined;
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
