import { getContainerRenderer } from "@astrojs/mdx/container-renderer";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { loadRenderers } from "astro:container";
import { getCollection, render, type CollectionEntry } from "astro:content";
import type { RSSOptions } from "@astrojs/rss";
import { site } from "../site.config.ts";
import { feedSafeHtml } from "./feed-html.ts";
import { feedOptions, feedPosts } from "./feeds.ts";
import { selectPosts, type Post } from "./posts.ts";
import { absoluteUrl } from "./urls.ts";

/** A post backed by a real content collection entry. */
export type BlogPost = Post<CollectionEntry<"posts">>;

/** When this build happened: posts dated after it are scheduled, not published. */
const buildTime = new Date();

let postsOnce: Promise<BlogPost[]> | undefined;

/**
 * Returns the posts this build shows, newest first (then by slug). The one gate for every page,
 * feed, sitemap entry and search record: production builds drop drafts and scheduled posts, the dev
 * server keeps them so authors can preview them.
 */
export function publishedPosts(): Promise<BlogPost[]> {
  postsOnce ??= getCollection("posts").then((entries) =>
    selectPosts(entries, { now: buildTime, includeUnpublished: import.meta.env.BLOG_SHOW_UNPUBLISHED === true }),
  );
  return postsOnce;
}

let containerOnce: Promise<AstroContainer> | undefined;
const feedHtmlBySlug = new Map<string, Promise<string>>();

/**
 * Returns the feed-ready HTML of a post's body (absolute URLs, no script), rendered and cleaned once per build
 * however many feeds carry it.
 */
function feedBodyHtml(post: BlogPost): Promise<string> {
  let html = feedHtmlBySlug.get(post.slug);
  if (!html) {
    containerOnce ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
    html = Promise.all([containerOnce, render(post.entry)]).then(async ([container, { Content }]) =>
      feedSafeHtml(await container.renderToString(Content), absoluteUrl(post.url, site.url)),
    );
    feedHtmlBySlug.set(post.slug, html);
  }
  return html;
}

/** Returns `@astrojs/rss` options for a feed of the newest of `posts`, full content included. */
export async function postsFeed(feed: {
  title: string;
  description: string;
  feedPath: string;
  pagePath: string;
  posts: readonly BlogPost[];
}): Promise<RSSOptions> {
  const posts = feedPosts(feed.posts);
  return feedOptions({
    ...feed,
    siteUrl: site.url,
    language: site.lang,
    author: site.author.name,
    posts,
    contentBySlug: new Map(
      await Promise.all(posts.map(async (post) => [post.slug, await feedBodyHtml(post)] as const)),
    ),
  });
}
