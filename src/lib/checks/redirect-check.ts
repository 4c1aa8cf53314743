/** The check that no two old addresses (`redirect_from`), and no page of the site, claim one file. */
import { redirectFile, siteConflict } from "../urls/site-paths.ts";
import type { CheckedPost } from "./checked-post.ts";
import type { PostProblem } from "./problems.ts";

/**
 * Returns the problems with the posts' `redirect_from` paths: two posts (or two paths of one post)
 * that would write one redirect file, and a path that is a post's own address or a page the site
 * builds. Each problem names the posts involved.
 */
export function checkRedirects(posts: readonly CheckedPost[]): PostProblem[] {
  const problems: PostProblem[] = [];
  const slugFiles = new Map(posts.map((post) => [post.slug, post.file]));
  const slugs = new Set(slugFiles.keys());
  const claims = new Map<string, { post: CheckedPost; path: string }[]>();
  for (const post of posts) {
    post.redirectFrom.forEach((path, index) => {
      const field = `redirect_from.${index}`;
      const conflict = siteConflict(path, slugs);
      if (conflict?.kind === "post" && conflict.slug === post.slug) {
        problems.push({ file: post.file, field, message: `${path} is this post's own address: remove it` });
      } else if (conflict?.kind === "post") {
        problems.push({
          file: post.file,
          field,
          message: `${path} is the address of ${slugFiles.get(conflict.slug) ?? conflict.slug}: a redirect there would replace that post; remove it`,
        });
      } else if (conflict) {
        problems.push({ file: post.file, field, message: `${path} is one of the site's own pages: remove it` });
      } else {
        const file = redirectFile(path);
        claims.set(file, [...(claims.get(file) ?? []), { post, path }]);
      }
    });
  }
  for (const [file, claimants] of claims) {
    if (claimants.length < 2) continue;
    for (const { post, path } of claimants) {
      const others = claimants
        .filter((other) => other.post !== post || other.path !== path)
        .map((other) => (other.post === post ? `${other.path} (this post)` : `${other.path} (${other.post.file})`));
      problems.push({
        file: post.file,
        field: `redirect_from.${post.redirectFrom.indexOf(path)}`,
        message: `${path} redirects from the same file, ${file}, as ${others.join(" and ")}: keep one`,
      });
    }
  }
  return problems;
}
