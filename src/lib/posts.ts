import type { PostData } from "./schema.ts";
import { readingMinutes } from "./reading.ts";
import { termSlug, uniqueBySlug } from "./slugs.ts";
import { preferredSpellings } from "./terms.ts";
import { postUrl } from "./urls.ts";

/** What the content layer gives us for one post file (a structural subset of `CollectionEntry`). */
export interface PostEntry {
  id: string;
  data: PostData;
  body?: string | undefined;
  filePath?: string | undefined;
}

/** A tag or category as a post names it, with the slug its page lives at. */
export interface TermRef {
  name: string;
  slug: string;
}

/** A post with everything pages, feeds and the search index need, computed once. */
export interface Post<Entry extends PostEntry = PostEntry> {
  entry: Entry;
  slug: string;
  url: string;
  title: string;
  description: string | undefined;
  date: Date;
  updated: Date | undefined;
  /** `updated` when set, else `date`: what feeds and the sitemap report as the last change. */
  lastModified: Date;
  tags: TermRef[];
  categories: TermRef[];
  readingMinutes: number;
  /** The post's own author, when not the site's. */
  author: string | undefined;
  /** Social card image: a site path or an absolute URL. */
  image: string | undefined;
  /** Old site paths that redirect to this post. */
  redirectFrom: string[];
  draft: boolean;
  /** Dated after the build: left out of production builds like a draft. */
  scheduled: boolean;
}

/** Which posts a build shows: production shows only public ones; dev also shows drafts and scheduled posts. */
export interface Visibility {
  now: Date;
  includeUnpublished: boolean;
}

function termRefs(names: string[]): TermRef[] {
  return uniqueBySlug(names).map((name) => ({ name, slug: termSlug(name) }));
}

/** Returns the post view of a content entry, as of `now`. */
export function toPost<Entry extends PostEntry>(entry: Entry, now: Date): Post<Entry> {
  const { data } = entry;
  return {
    entry,
    slug: entry.id,
    url: postUrl(entry.id),
    title: data.title,
    description: data.description,
    date: data.date,
    updated: data.updated,
    lastModified: data.updated ?? data.date,
    tags: termRefs(data.tags),
    categories: termRefs(data.categories),
    readingMinutes: data.reading_time ?? readingMinutes(entry.body ?? ""),
    author: data.author,
    image: data.image,
    redirectFrom: data.redirect_from,
    draft: data.draft,
    scheduled: data.date.getTime() > now.getTime(),
  };
}

/** Orders posts newest first; posts of the same instant by slug, so the order never depends on file system order. */
export function compareNewestFirst(a: Post, b: Post): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * Returns the posts a build shows, newest first: drafts and scheduled posts only when
 * `includeUnpublished`. Each tag and category is spelled one way across all of them.
 */
export function selectPosts<Entry extends PostEntry>(entries: readonly Entry[], visibility: Visibility): Post<Entry>[] {
  const posts = entries
    .map((entry) => toPost(entry, visibility.now))
    .filter((post) => visibility.includeUnpublished || (!post.draft && !post.scheduled))
    .sort(compareNewestFirst);
  for (const kind of ["tags", "categories"] as const) {
    const spelling = preferredSpellings(posts, kind);
    for (const post of posts) {
      post[kind] = post[kind].map((ref) => ({ slug: ref.slug, name: spelling.get(ref.slug) ?? ref.name }));
    }
  }
  return posts;
}
