/** The site's feeds as Astro routes serve them: posts' bodies rendered once, cleaned, and handed to `feedOptions`. */
import { getContainerRenderer } from "@astrojs/mdx/container-renderer";
import type { RSSOptions } from "@astrojs/rss";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { loadRenderers } from "astro:container";
import type { BlogPost } from "../../content/published.ts";
import type { Term, TermKind } from "../../content/terms.ts";
import { postsInLanguage } from "../../content/translations.ts";
import { site } from "../../../site.config.ts";
import { absoluteUrl, homeUrl, termFeedUrl, termUrl } from "../../urls/urls.ts";
import { postContent } from "../post-content.ts";
import { feedSafeHtml } from "./feed-html.ts";
import { feedOptions, feedPosts } from "./feeds.ts";

let containerOnce: Promise<AstroContainer> | undefined;
// By id, not slug: translations may share a slug.
const feedHtmlById = new Map<string, Promise<string>>();

/** Returns the HTML of an MDX post's body, rendered outside any page. */
async function renderComponent(Content: Parameters<AstroContainer["renderToString"]>[0]): Promise<string> {
  containerOnce ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return (await containerOnce).renderToString(Content);
}

/**
 * Returns the feed-ready HTML of a post's body (absolute URLs, no script), rendered and cleaned once per build
 * however many feeds carry it.
 */
function feedBodyHtml(post: BlogPost): Promise<string> {
  let html = feedHtmlById.get(post.id);
  if (!html) {
    html = postContent(post.entry).then(async (content) =>
      feedSafeHtml(
        "html" in content ? content.html : await renderComponent(content.Content),
        absoluteUrl(post.url, site.url),
      ),
    );
    feedHtmlById.set(post.id, html);
  }
  return html;
}

/**
 * Returns `@astrojs/rss` options for a feed of the newest of `posts` (all in one language, `language`, the site's
 * unless given), full content included.
 */
export async function postsFeed(feed: {
  title: string;
  description: string;
  feedPath: string;
  pagePath: string;
  posts: readonly BlogPost[];
  language?: string;
}): Promise<RSSOptions> {
  const posts = feedPosts(feed.posts);
  return feedOptions({
    ...feed,
    siteUrl: site.url,
    language: feed.language ?? site.lang,
    author: site.author.name,
    posts,
    contentBySlug: new Map(
      await Promise.all(posts.map(async (post) => [post.slug, await feedBodyHtml(post)] as const)),
    ),
  });
}

/**
 * Returns the options of the site's feed of every post in the site's language, served at `feedPath` (`/rss.xml`,
 * or `/feed.xml` for Jekyll readers).
 */
export function siteFeed(posts: readonly BlogPost[], feedPath: string): Promise<RSSOptions> {
  return postsFeed({
    title: site.title,
    description: site.description,
    feedPath,
    pagePath: homeUrl(),
    posts: postsInLanguage(posts),
  });
}

/** Returns the options of a tag's or a category's feed, at `/tags/<slug>/rss.xml` or `/categories/<slug>/rss.xml`. */
export function termFeed(kind: TermKind, term: Term<BlogPost>): Promise<RSSOptions> {
  const filed = kind === "tags" ? `tagged “${term.name}”` : `filed under “${term.name}”`;
  return postsFeed({
    title: `${site.title}: ${term.name}`,
    description: `Posts ${filed} on ${site.title}.`,
    feedPath: termFeedUrl(kind, term.slug),
    pagePath: termUrl(kind, term.slug),
    posts: term.posts,
  });
}
