/**
 * The static paths and props of every listing route (`getStaticPaths`), so pages stay thin. Each path carries a
 * `cacheKey` (page-key.ts): Astro's incremental build reuses a page only while its key, its code and its content
 * entries are unchanged, so everything a page shows must come to it through its props.
 */
import { site } from "../../site.config.ts";
import { calendarYear } from "../content/dates.ts";
import { paginate, type ListingPage } from "../content/pagination.ts";
import type { Post } from "../content/posts.ts";
import { relatedPostsBySlug } from "../content/related.ts";
import { groupByTerm, groupByYear, type Term, type TermKind } from "../content/terms.ts";
import {
  defaultVersion,
  languagesOf,
  otherLanguagesOf,
  postsInLanguage,
  translationsById,
} from "../content/translations.ts";
import {
  absoluteUrl,
  homeUrl,
  languageHomeUrl,
  languageSegment,
  pageParam,
  searchUrl,
  siteHref,
  socialCardName,
  socialCardUrl,
  termUrl,
} from "../urls/urls.ts";
import { withPageKeys } from "./page-key.ts";
import { searchFilterGroups } from "./search.ts";
import { searchShardUrls } from "./search-shards.ts";

/**
 * Returns the paths of the home listing, the posts in the site's language: `/`, `/page/2/`, … (the other
 * languages have their own, `languageHomePaths`).
 */
export function homePaths<P extends Post>(posts: readonly P[]) {
  const languages = languageLinks(posts);
  return withPageKeys(
    paginate(postsInLanguage(posts), site.postsPerPage, homeUrl).map((page) => ({
      params: { page: pageParam(page.number) },
      props: { page, languages },
    })),
  );
}

/** Returns the paths of each other language's listing: `/ja/`, `/ja/page/2/`, … */
export function languageHomePaths<P extends Post>(posts: readonly P[]) {
  return withPageKeys(
    otherLanguagesOf(posts).flatMap((lang) => {
      const languages = languageLinks(posts, lang);
      return paginate(postsInLanguage(posts, lang), site.postsPerPage, (pageNumber) =>
        languageHomeUrl(lang, pageNumber),
      ).map((page) => ({
        params: { lang: languageSegment(lang), page: pageParam(page.number) },
        props: { lang, page, languages },
      }));
    }),
  );
}

/** Returns one path per language other than the site's, for its feed (`/ja/rss.xml`), with its posts. */
export function languageFeedPaths<P extends Post>(posts: readonly P[]) {
  return withPageKeys(
    otherLanguagesOf(posts).map((lang) => ({
      params: { lang: languageSegment(lang) },
      props: { lang, posts: postsInLanguage(posts, lang) },
    })),
  );
}

/** Returns one path per language other than the site's, for its search page (`/ja/search/`), with the switch to the others. */
export function languageSearchPaths(posts: readonly Post[]) {
  return withPageKeys(
    otherLanguagesOf(posts).map((lang) => ({
      params: { lang: languageSegment(lang) },
      props: {
        lang,
        languages: languageLinks(posts, lang, (language) => searchUrl({}, language)),
        filters: searchFilterGroups(posts, lang),
        shards: searchShardUrls(posts, lang),
      },
    })),
  );
}

/** A link to a version of a page in one language. */
export interface LanguageLink {
  lang: string;
  href: string;
}

/** Returns links to the listings (or, with `url`, other pages) of every language `posts` are in but `current`. */
export function languageLinks(
  posts: readonly Post[],
  current: string = site.lang,
  url: (lang: string) => string = languageHomeUrl,
): LanguageLink[] {
  // Every language in languagesOf has posts but the site's own, which is listed even with none.
  const hasPosts = (lang: string) => lang !== site.lang || postsInLanguage(posts).length > 0;
  return languagesOf(posts)
    .filter((lang) => lang !== current && hasPosts(lang))
    .map((lang) => ({ lang, href: url(lang) }));
}

/** Returns the search pages of the languages other than the site's: the switch on the site's own search page. */
export function otherSearchLinks(posts: readonly Post[]): LanguageLink[] {
  return languageLinks(posts, site.lang, (language) => searchUrl({}, language));
}

/**
 * Returns the `<link rel="alternate" hreflang>` targets of a post with translations: every version, itself
 * included, by absolute URL, then `x-default`. Empty for a post with no translation.
 */
export function alternateLinks(versions: readonly Post[]): { hreflang: string; href: string }[] {
  const fallback = defaultVersion(versions);
  if (versions.length < 2 || !fallback) return [];
  return [
    ...versions.map((version) => ({ hreflang: version.lang, href: absoluteUrl(version.url, site.url) })),
    { hreflang: "x-default", href: absoluteUrl(fallback.url, site.url) },
  ];
}

/**
 * Returns one path per post, in every language, with its newer and older neighbours and related posts among
 * the posts of its own language (`posts` newest first), and its translations. Posts in the site's language
 * have `lang` undefined (`/posts/x/`), the others their language's folder (`/ja/posts/x/`).
 */
export function postPaths<P extends Post>(posts: readonly P[]) {
  const versions = translationsById(posts);
  return withPageKeys(
    [site.lang, ...otherLanguagesOf(posts)].flatMap((lang) => {
      const sameLanguage = postsInLanguage(posts, lang);
      const related = relatedPostsBySlug(sameLanguage);
      return sameLanguage.map((post, index) => {
        const all = versions.get(post.id) ?? [post];
        return {
          params: { lang: lang === site.lang ? undefined : languageSegment(lang), slug: post.slug },
          props: {
            post,
            newer: sameLanguage[index - 1],
            older: sameLanguage[index + 1],
            related: related.get(post.slug) ?? [],
            translations: all
              .filter((version) => version !== post)
              .map((version): LanguageLink => ({ lang: version.lang, href: version.url })),
            alternates: alternateLinks(all),
          },
        };
      });
    }),
  );
}

/** Returns every tag or category of the posts in the site's language, for the index of tags or categories. */
export function termIndex<P extends Post>(posts: readonly P[], kind: TermKind) {
  return groupByTerm(postsInLanguage(posts), kind);
}

/**
 * Returns the paginated paths of every tag's or category's listing, over the posts in the site's language:
 * `/tags/python/`, `/tags/python/page/2/`, …
 */
export function termPaths<P extends Post>(posts: readonly P[], kind: TermKind) {
  return withPageKeys(
    termIndex(posts, kind).flatMap((term) =>
      paginate(term.posts, site.postsPerPage, (pageNumber) => termUrl(kind, term.slug, pageNumber)).map(
        (
          page,
        ): { params: { term: string; page: string | undefined }; props: { term: Term<P>; page: ListingPage<P> } } => ({
          params: { term: term.slug, page: pageParam(page.number) },
          props: { term, page },
        }),
      ),
    ),
  );
}

/** Returns one path per tag or category of the posts in the site's language, for its feed. */
export function termFeedPaths<P extends Post>(posts: readonly P[], kind: TermKind) {
  return withPageKeys(termIndex(posts, kind).map((term) => ({ params: { term: term.slug }, props: { term } })));
}

/** Returns the posts in the site's language grouped by the year they were published in the site's time zone. */
export function archiveYears<P extends Post>(posts: readonly P[]) {
  return groupByYear(postsInLanguage(posts), (date) => calendarYear(date, site.timeZone));
}

/**
 * Returns whether the build draws a social card for a post: when it has no `image` of its own. Cards draw any
 * script a title uses (src/lib/outputs/card-fonts.ts).
 */
export function hasDrawnCard(post: Post): boolean {
  return !post.image;
}

/** Returns the absolute URL of a post's social card image: its own `image`, else its drawn card. */
export function cardImageUrl(post: Post): string {
  if (post.image) return absoluteUrl(siteHref(post.image), site.url);
  return absoluteUrl(socialCardUrl(post.slug, post.lang), site.url);
}

/** Returns one path per post that needs a drawn social card (see `hasDrawnCard`). */
export function socialCardPaths<P extends Post>(posts: readonly P[]) {
  return withPageKeys(
    posts
      .filter((post) => hasDrawnCard(post))
      .map((post) => ({ params: { slug: socialCardName(post.slug, post.lang) }, props: { post } })),
  );
}
