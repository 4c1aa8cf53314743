/** Tags and categories across posts: one spelling per slug, and the posts filed under each. */
import type { TermKind } from "../urls/urls.ts";
import { compareText } from "../text/compare.ts";
import type { Post } from "./post.ts";

export type { TermKind };

/** A tag or category with the posts that carry it, newest first. */
export interface Term<P extends Post = Post> {
  slug: string;
  name: string;
  posts: P[];
}

/**
 * Returns, for each slug of `kind`, the spelling most posts use; ties go to the first in code point
 * order, so every build picks the same one. `Python` on three posts and `python` on one give `Python`.
 */
export function preferredSpellings(posts: readonly Post[], kind: TermKind): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const post of posts) {
    for (const ref of post[kind]) {
      const spellings = counts.get(ref.slug) ?? new Map<string, number>();
      spellings.set(ref.name, (spellings.get(ref.name) ?? 0) + 1);
      counts.set(ref.slug, spellings);
    }
  }
  const preferred = new Map<string, string>();
  for (const [slug, spellings] of counts) {
    const [best] = [...spellings].sort(([a, countA], [b, countB]) => countB - countA || compareText(a, b));
    if (best) preferred.set(slug, best[0]);
  }
  return preferred;
}

/** Returns every term of `kind` used by `posts` (newest first), sorted by name, case-insensitively. */
export function groupByTerm<P extends Post>(posts: readonly P[], kind: TermKind): Term<P>[] {
  const bySlug = new Map<string, Term<P>>();
  for (const post of posts) {
    for (const ref of post[kind]) {
      const term = bySlug.get(ref.slug);
      if (term) term.posts.push(post);
      else bySlug.set(ref.slug, { slug: ref.slug, name: ref.name, posts: [post] });
    }
  }
  return [...bySlug.values()].sort(
    (a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || compareText(a.slug, b.slug),
  );
}

/** Posts grouped by the year they were published, newest year first. */
export interface YearGroup<P extends Post = Post> {
  year: number;
  posts: P[];
}

/** Returns `posts` (newest first) grouped by the year `yearOf` gives for each post's date. */
export function groupByYear<P extends Post>(posts: readonly P[], yearOf: (date: Date) => number): YearGroup<P>[] {
  const groups: YearGroup<P>[] = [];
  for (const post of posts) {
    const year = yearOf(post.date);
    const last = groups.at(-1);
    if (last && last.year === year) last.posts.push(post);
    else groups.push({ year, posts: [post] });
  }
  return groups;
}
