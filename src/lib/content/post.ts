/** The shapes of a post as the content layer reads it and as every page, feed and check sees it. */
import type { PostData } from "./schema.ts";

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
  /** Unique among all posts: the slug, prefixed with the language folder (`ja/x`) outside the site's language. */
  id: string;
  /** The last part of the post's URL; translations may share it. */
  slug: string;
  url: string;
  /** BCP 47 language of the post (canonical): the site's unless its front matter says otherwise. */
  lang: string;
  /** Shared by the posts that are translations of one another: `translation_key`, else the file name. */
  translationKey: string;
  title: string;
  /** The front matter's `description`, else the post's excerpt (first paragraph, or the text before the separator). */
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
