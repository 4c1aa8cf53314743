/** The checks no single post shows: two posts at one address, two spellings of one tag or category. */
import { termSlug } from "../content/slugs.ts";
import { postUrl } from "../urls/urls.ts";
import type { CheckedPost } from "./checked-post.ts";
import type { PostProblem } from "./problems.ts";

/**
 * Returns a problem for each file that publishes at the same address as another. Translations share a slug in
 * different languages' folders; only posts of one language can clash.
 */
function sameAddressProblems(posts: readonly CheckedPost[]): PostProblem[] {
  const problems: PostProblem[] = [];
  for (const [url, sameUrl] of Map.groupBy(posts, (post) => postUrl(post.slug, post.lang))) {
    if (sameUrl.length < 2) continue;
    for (const post of sameUrl) {
      const others = sameUrl.filter((other) => other !== post).map((other) => other.file);
      problems.push({
        file: post.file,
        message: `publishes at ${url}, as ${others.join(" and ")} does: rename one of the files`,
      });
    }
  }
  return problems;
}

/** Returns a problem for each spelling of a tag or category that shares its page with another spelling. */
function sharedTermPageProblems(posts: readonly CheckedPost[], kind: "tags" | "categories"): PostProblem[] {
  const problems: PostProblem[] = [];
  const uses = new Map<string, Map<string, string[]>>();
  for (const post of posts) {
    for (const name of post[kind] ?? []) {
      const slug = termSlug(name);
      const names = uses.get(slug) ?? new Map<string, string[]>();
      names.set(name, [...(names.get(name) ?? []), post.file]);
      uses.set(slug, names);
    }
  }
  for (const [slug, names] of uses) {
    const distinct = new Set([...names.keys()].map((name) => name.toLowerCase()));
    if (distinct.size < 2) continue;
    const described = [...names].map(([name, files]) => `"${name}" (${files.join(", ")})`).join(" and ");
    for (const files of names.values()) {
      problems.push({
        file: files[0] ?? "",
        field: kind,
        message: `${described} would share the page for "${slug}": use one spelling`,
      });
    }
  }
  return problems;
}

/**
 * Returns the problems no single post shows: two files that would publish at one URL, and two tag or
 * category names that would share one page though they differ in more than case.
 */
export function checkAcrossPosts(posts: readonly CheckedPost[]): PostProblem[] {
  return [
    ...sameAddressProblems(posts),
    ...sharedTermPageProblems(posts, "tags"),
    ...sharedTermPageProblems(posts, "categories"),
  ];
}
