/**
 * Posts by language: which languages the blog has, the posts of one language, and each post's translations
 * (the posts sharing its translation key). Pure functions over the published posts, newest first.
 */
import { site } from "../../site.config.ts";
import { compareText } from "../text/compare.ts";
import type { Post } from "./post.ts";

/** Returns the posts of `posts` written in `lang` (the site's language unless given), in their order. */
export function postsInLanguage<P extends Post>(posts: readonly P[], lang: string = site.lang): P[] {
  return posts.filter((post) => post.lang === lang);
}

/** Returns the languages `posts` are written in: the site's first (even with no post in it), then the others by tag. */
export function languagesOf(posts: readonly Post[]): string[] {
  const others = new Set(posts.map((post) => post.lang).filter((lang) => lang !== site.lang));
  return [site.lang, ...[...others].sort(compareText)];
}

/** Returns the languages other than the site's that `posts` are written in, by tag. */
export function otherLanguagesOf(posts: readonly Post[]): string[] {
  return languagesOf(posts).slice(1);
}

/**
 * Returns, for every post (by id), all the versions of it in `posts`, itself included: the posts sharing its
 * translation key, the site's language first, then by language tag. A post with no translation maps to itself alone.
 */
export function translationsById<P extends Post>(posts: readonly P[]): Map<string, P[]> {
  const byKey = Map.groupBy(posts, (post) => post.translationKey);
  const versions = new Map<string, P[]>();
  for (const group of byKey.values()) {
    const ordered = [...group].sort(
      (a, b) => Number(b.lang === site.lang) - Number(a.lang === site.lang) || compareText(a.lang, b.lang),
    );
    for (const post of group) versions.set(post.id, ordered);
  }
  return versions;
}

/**
 * Returns the version of a post that readers whose language has none are sent to (`hreflang="x-default"`):
 * the one in the site's language, else the first published, so every version names the same one.
 */
export function defaultVersion<P extends Post>(versions: readonly P[]): P | undefined {
  return (
    versions.find((post) => post.lang === site.lang) ??
    [...versions].sort((a, b) => a.date.getTime() - b.date.getTime() || compareText(a.lang, b.lang))[0]
  );
}
