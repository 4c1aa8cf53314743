/** Related posts: for each post, the others that share the most tags with it. */
import type { Post } from "./posts.ts";

/** How many related posts a post's footer lists. */
const RELATED_LIMIT = 3;

/**
 * Returns, for every post, up to `limit` other posts that share the most tags with it, ties going to
 * the newer. `posts` must be newest first. Counts shared tags through a tag index and keeps the best
 * few while scanning, with no sort, so 10,000 posts take a fraction of a second.
 */
export function relatedPostsBySlug<P extends Post>(posts: readonly P[], limit = RELATED_LIMIT): Map<string, P[]> {
  // Posts are identified by rank (0 = newest), so "newer" is simply "lower rank".
  const ranksByTag = new Map<string, number[]>();
  posts.forEach((post, rank) => {
    for (const tag of post.tags) {
      const ranks = ranksByTag.get(tag.slug);
      if (ranks) ranks.push(rank);
      else ranksByTag.set(tag.slug, [rank]);
    }
  });
  const sharedTags = new Uint16Array(posts.length);
  const related = new Map<string, P[]>();
  posts.forEach((post, rank) => {
    const candidates: number[] = [];
    for (const tag of post.tags) {
      for (const other of ranksByTag.get(tag.slug) ?? []) {
        if (other === rank) continue;
        if (sharedTags[other] === 0) candidates.push(other);
        sharedTags[other] = (sharedTags[other] ?? 0) + 1;
      }
    }
    const best: number[] = [];
    for (const candidate of candidates) {
      const score = sharedTags[candidate] ?? 0;
      // Insert into the short list, ordered by shared tags (more first), then rank (newer first).
      let at = best.length;
      while (at > 0) {
        const ahead = best[at - 1] ?? 0;
        const aheadScore = sharedTags[ahead] ?? 0;
        if (aheadScore > score || (aheadScore === score && ahead < candidate)) break;
        at--;
      }
      if (at < limit) {
        best.splice(at, 0, candidate);
        if (best.length > limit) best.pop();
      }
    }
    for (const candidate of candidates) sharedTags[candidate] = 0;
    related.set(
      post.slug,
      best.flatMap((index) => posts[index] ?? []),
    );
  });
  return related;
}
