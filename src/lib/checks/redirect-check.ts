/** The check that no two old addresses (`redirect_from`), and no page of the site, claim one file. */
import { site } from "../../site.config.ts";
import { redirectFile, siteConflict } from "../urls/site-paths.ts";
import { languageSegment } from "../urls/urls.ts";
import type { CheckedPost } from "./checked-post.ts";
import type { PostProblem } from "./problems.ts";

/**
 * Returns the problems with the posts' `redirect_from` paths: two posts (or two paths of one post)
 * that would write one redirect file, and a path that is a post's own address or a page the site
 * builds. Each problem names the posts involved.
 */
export function checkRedirects(posts: readonly CheckedPost[]): PostProblem[] {
  const problems: PostProblem[] = [];
  const inSiteLanguage = (post: CheckedPost) => (post.lang ?? site.lang) === site.lang;
  // Only posts in the site's language live at /posts/<slug>/; the others' folders are reserved whole.
  const slugFiles = new Map(posts.filter(inSiteLanguage).map((post) => [post.slug, post.file]));
  const slugs = new Set(slugFiles.keys());
  const languageFolders = new Set(
    posts.filter((post) => !inSiteLanguage(post)).map((post) => languageSegment(post.lang ?? "")),
  );
  const claims = new Map<string, { post: CheckedPost; path: string }[]>();
  for (const post of posts) {
    post.redirectFrom.forEach((path, index) => {
      const field = `redirect_from.${index}`;
      const conflict = siteConflict(path, slugs, languageFolders);
      if (conflict?.kind === "post" && conflict.slug === post.slug && inSiteLanguage(post)) {
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
