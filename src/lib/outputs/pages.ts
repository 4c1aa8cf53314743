/** The static paths and props of every listing route (`getStaticPaths`), so pages stay thin. */
import { site } from "../../site.config.ts";
import { calendarYear } from "../content/dates.ts";
import { paginate, type ListingPage } from "../content/pagination.ts";
import type { Post } from "../content/posts.ts";
import { relatedPostsBySlug } from "../content/related.ts";
import { groupByTerm, groupByYear, type Term, type TermKind } from "../content/terms.ts";
import { homeUrl, pageParam, termUrl } from "../urls/urls.ts";

/** Returns the paths of the home listing: `/`, `/page/2/`, … */
export function homePaths<P extends Post>(posts: readonly P[]) {
  return paginate(posts, site.postsPerPage, homeUrl).map((page) => ({
    params: { page: pageParam(page.number) },
    props: { page },
  }));
}

/** Returns one path per post, with its newer and older neighbours in `posts` (newest first) and its related posts. */
export function postPaths<P extends Post>(posts: readonly P[]) {
  const related = relatedPostsBySlug(posts);
  return posts.map((post, index) => ({
    params: { slug: post.slug },
    props: { post, newer: posts[index - 1], older: posts[index + 1], related: related.get(post.slug) ?? [] },
  }));
}

/** Returns the paginated paths of every tag's or category's listing: `/tags/python/`, `/tags/python/page/2/`, … */
export function termPaths<P extends Post>(posts: readonly P[], kind: TermKind) {
  return groupByTerm(posts, kind).flatMap((term) =>
    paginate(term.posts, site.postsPerPage, (pageNumber) => termUrl(kind, term.slug, pageNumber)).map(
      (
        page,
      ): { params: { term: string; page: string | undefined }; props: { term: Term<P>; page: ListingPage<P> } } => ({
        params: { term: term.slug, page: pageParam(page.number) },
        props: { term, page },
      }),
    ),
  );
}

/** Returns one path per tag, for its feed. */
export function tagFeedPaths<P extends Post>(posts: readonly P[]) {
  return groupByTerm(posts, "tags").map((term) => ({ params: { term: term.slug }, props: { term } }));
}

/** Returns posts grouped by the year they were published in the site's time zone. */
export function archiveYears<P extends Post>(posts: readonly P[]) {
  return groupByYear(posts, (date) => calendarYear(date, site.timeZone));
}

/** Returns one path per post that needs a drawn social card (those without an `image` of their own). */
export function socialCardPaths<P extends Post>(posts: readonly P[]) {
  return posts.filter((post) => !post.image).map((post) => ({ params: { slug: post.slug }, props: { post } }));
}
