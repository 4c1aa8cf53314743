import type { Post } from "./posts.ts";

/** How many related posts a post's footer lists. */
export const RELATED_LIMIT = 3;

/**
 * Returns, for every post, up to `limit` other posts that share the most tags with it, ties going to
 * the newer. `posts` must be newest first. Built from a tag index, so a site of 10,000 posts does
 * not compare every pair.
 */
export function relatedPostsBySlug<P extends Post>(posts: readonly P[], limit = RELATED_LIMIT): Map<string, P[]> {
  const rank = new Map(posts.map((post, index) => [post.slug, index]));
  const postsByTag = new Map<string, P[]>();
  for (const post of posts) {
    for (const tag of post.tags) {
      const tagged = postsByTag.get(tag.slug);
      if (tagged) tagged.push(post);
      else postsByTag.set(tag.slug, [post]);
    }
  }
  const related = new Map<string, P[]>();
  for (const post of posts) {
    const shared = new Map<P, number>();
    for (const tag of post.tags) {
      for (const other of postsByTag.get(tag.slug) ?? []) {
        if (other !== post) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const best = [...shared]
      .sort(([a, countA], [b, countB]) => countB - countA || (rank.get(a.slug) ?? 0) - (rank.get(b.slug) ?? 0))
      .slice(0, limit)
      .map(([other]) => other);
    related.set(post.slug, best);
  }
  return related;
}
