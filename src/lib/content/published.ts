/** The one query of the content collection: which posts this build publishes, and in what order. */
import { getCollection, type CollectionEntry } from "astro:content";
import { selectPosts, type Post } from "./posts.ts";

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
