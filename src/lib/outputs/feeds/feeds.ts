/** RSS feeds and robots.txt as plain functions of published posts. */
import type { RSSOptions } from "@astrojs/rss";
import type { Post } from "../../content/posts.ts";
import { absoluteUrl } from "../../urls/urls.ts";
import { escapeMarkup } from "../../text/markup.ts";

/** How many of the newest posts a feed carries: enough for any reader's polling gap, small enough to fetch often. */
export const FEED_ITEM_LIMIT = 20;

export interface FeedInput {
  title: string;
  description: string;
  /** Origin of the public site, e.g. `https://example.com`. */
  siteUrl: string;
  /** Site-relative path of the feed itself, for `atom:link rel="self"`. */
  feedPath: string;
  /** Site-relative path of the page the feed mirrors (the home page, a tag page). */
  pagePath: string;
  language: string;
  author: string;
  /** The posts the feed carries, newest first (see `feedPosts`). */
  posts: readonly Post[];
  /** Full HTML of each post by slug, already made feed-safe (absolute URLs, no script). */
  contentBySlug: ReadonlyMap<string, string>;
}

/** Returns the newest posts a feed should carry. */
export function feedPosts<P extends Post>(posts: readonly P[]): P[] {
  return posts.slice(0, FEED_ITEM_LIMIT);
}

/** Returns `@astrojs/rss` options for an RSS 2.0 feed of `input.posts`, with full content. */
export function feedOptions(input: FeedInput): RSSOptions {
  const { posts } = input;
  const selfUrl = absoluteUrl(input.feedPath, input.siteUrl);
  const newest = posts.reduce<Date | undefined>(
    (latest, post) => (latest && latest >= post.lastModified ? latest : post.lastModified),
    undefined,
  );
  return {
    title: input.title,
    description: input.description,
    site: absoluteUrl(input.pagePath, input.siteUrl),
    xmlns: { atom: "http://www.w3.org/2005/Atom", dc: "http://purl.org/dc/elements/1.1/" },
    customData: [
      `<atom:link href="${escapeMarkup(selfUrl)}" rel="self" type="application/rss+xml"/>`,
      `<language>${escapeMarkup(input.language)}</language>`,
      newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : "",
    ].join(""),
    items: posts.map((post) => ({
      title: post.title,
      link: absoluteUrl(post.url, input.siteUrl),
      pubDate: post.date,
      // RSS readers read <description> as HTML: escaped once more, `Why <main> matters` arrives as text.
      description: escapeMarkup(post.description ?? ""),
      content: input.contentBySlug.get(post.slug) ?? "",
      categories: [...post.categories, ...post.tags].map((term) => term.name),
      customData: `<dc:creator>${escapeMarkup(post.author ?? input.author)}</dc:creator>`,
    })),
  };
}

/** Returns robots.txt text that allows everything and points crawlers at the sitemap. */
export function robotsTxt(sitemapAbsoluteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapAbsoluteUrl}\n`;
}
