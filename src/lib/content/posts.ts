/** The one place posts become pages' data: each entry read once into a `Post`, then filtered and ordered. */
import { compareText } from "../text/compare.ts";
import { postUrl } from "../urls/urls.ts";
import { fileTranslationKey } from "./slugs.ts";
import { site } from "../../site.config.ts";
import { excerpt } from "./excerpt.ts";
import type { Post, PostEntry, TermRef, Visibility } from "./post.ts";
import { postBody } from "./post-body.ts";
import { isMdxFile } from "./post-files.ts";
import { readingMinutes } from "./reading.ts";
import { termSlug, uniqueBySlug } from "./slugs.ts";
import { preferredSpellings } from "./terms.ts";

export type { Post, PostEntry, TermRef, Visibility };

function termRefs(names: string[]): TermRef[] {
  return uniqueBySlug(names).map((name) => ({ name, slug: termSlug(name) }));
}

/** Returns what stands for a post's description when it has none: its excerpt, as Jekyll made it. */
function excerptOf(entry: PostEntry, body: string): string | undefined {
  return excerpt(body, {
    mdx: isMdxFile(entry.filePath ?? ""),
    separator: site.excerptSeparator,
    singleDollarMath: site.singleDollarMath,
  });
}

/** Returns the post view of a content entry, as of `now`; without a `description`, its excerpt stands for one. */
export function toPost<Entry extends PostEntry>(entry: Entry, now: Date): Post<Entry> {
  const { data } = entry;
  // Read only when the front matter leaves the description or the reading time to it.
  const body = data.description === undefined || data.reading_time === undefined ? postBody(entry) : "";
  const slug = entry.id.slice(entry.id.lastIndexOf("/") + 1);
  return {
    entry,
    id: entry.id,
    slug,
    url: postUrl(slug, data.lang),
    lang: data.lang,
    translationKey: data.translation_key ?? fileTranslationKey(entry.filePath ?? entry.id),
    title: data.title,
    description: data.description ?? excerptOf(entry, body),
    date: data.date,
    updated: data.updated,
    lastModified: data.updated ?? data.date,
    tags: termRefs(data.tags),
    categories: termRefs(data.categories),
    readingMinutes: data.reading_time ?? readingMinutes(body),
    author: data.author,
    image: data.image,
    redirectFrom: data.redirect_from,
    draft: data.draft,
    scheduled: isScheduled(data.date, now),
  };
}

/** Returns whether a production build shows the post: neither a draft nor dated after `now`. */
function isPublic({ data }: PostEntry, now: Date): boolean {
  return !data.draft && !isScheduled(data.date, now);
}

/** Returns whether a post dated `date` is scheduled: not yet due at `now`. */
export function isScheduled(date: Date, now: Date): boolean {
  return date.getTime() > now.getTime();
}

/** Orders posts newest first; posts of the same instant by id, so the order never depends on file system order. */
export function compareNewestFirst(a: Post, b: Post): number {
  return b.date.getTime() - a.date.getTime() || compareText(a.id, b.id);
}

/**
 * Returns the posts a build shows, newest first: drafts and scheduled posts only when
 * `includeUnpublished`. Each tag and category is spelled one way across all of them.
 */
export function selectPosts<Entry extends PostEntry>(entries: readonly Entry[], visibility: Visibility): Post<Entry>[] {
  // Filtered before `toPost`, which reads the body of a post without a description from its file.
  const posts = entries
    .filter((entry) => visibility.includeUnpublished || isPublic(entry, visibility.now))
    .map((entry) => toPost(entry, visibility.now))
    .sort(compareNewestFirst);
  for (const kind of ["tags", "categories"] as const) {
    const spelling = preferredSpellings(posts, kind);
    for (const post of posts) {
      post[kind] = post[kind].map((ref) => ({ slug: ref.slug, name: spelling.get(ref.slug) ?? ref.name }));
    }
  }
  return posts;
}
