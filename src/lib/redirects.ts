/**
 * Old addresses of posts (their `redirect_from`, e.g. from a Jekyll site): a static page at each old
 * path that sends the reader on, a `_redirects` file for Netlify and Cloudflare Pages, and the check
 * that no two of them, and no page of the site, claim one file.
 */
import type { PostProblem } from "./post-check.ts";
import type { Post } from "./posts.ts";
import { absoluteUrl, basePath, postUrl, withBase } from "./urls.ts";
import { escapeMarkup } from "./markup.ts";

/**
 * Addresses the site itself serves (see `src/pages/`), which no old path may take: a redirect there
 * would replace the page, or, in `_redirects`, send its readers away. Paths are compared without their
 * leading slash, trailing slash, `index.html` or `.html`.
 */
const SITE_PATHS = new Set([
  "",
  "404",
  "about",
  "archive",
  "search",
  "tags",
  "categories",
  "rss.xml",
  "feed.xml",
  "robots.txt",
  "sitemap-index.xml",
  "_redirects",
  "_headers",
  "favicon.svg",
]);
const SITE_FOLDERS = ["tags/", "categories/", "page/", "pagefind/", "og/", "_astro/"];

/** Returns `url` (from `urls.ts`) without the deploy base: `/blog/posts/x/` gives `/posts/x/`. */
function withoutBase(url: string): string {
  return url.startsWith(basePath) ? `/${url.slice(basePath.length)}` : url;
}

/**
 * Returns the file, relative to the output folder, that answers an old path as the old site's host
 * did: `/a/` is `a/index.html`, `/a.html` is itself and `/a` is `a.html` (Jekyll wrote it so, and
 * static hosts serve `/a` from it). Percent-escapes are decoded, as hosts decode them.
 */
export function redirectFile(oldPath: string): string {
  let path = oldPath;
  try {
    path = decodeURIComponent(oldPath);
  } catch {
    // A stray `%`: the host looks the path up as written.
  }
  const relative = path.replace(/^\/+/, "");
  if (relative === "" || relative.endsWith("/")) return `${relative}index.html`;
  return relative.endsWith(".html") ? relative : `${relative}.html`;
}

/** Returns a path as the site's routes are compared: `/a/b/index.html`, `/a/b.html` and `/a/b/` are all `a/b`. */
function routeKey(path: string): string {
  return redirectFile(path)
    .replace(/(^|\/)index\.html$/, "")
    .replace(/\.html$/, "")
    .replace(/\/$/, "");
}

/** Why an old path cannot redirect: the site serves it, as a post's address or one of its pages. */
export type SiteConflict = { kind: "post"; slug: string } | { kind: "page" };

/** Returns why `oldPath` cannot redirect, if the site itself serves it: as the address of one of `postSlugs`, or a page. */
export function siteConflict(
  oldPath: string,
  postSlugs: ReadonlySet<string> | readonly string[],
): SiteConflict | undefined {
  const key = routeKey(oldPath);
  // Only the path's last segment can be the slug of a post at that address: one lookup, not a scan of every post.
  const slug = key.slice(key.lastIndexOf("/") + 1);
  const isPostSlug = "has" in postSlugs ? postSlugs.has(slug) : postSlugs.includes(slug);
  if (isPostSlug && routeKey(withoutBase(postUrl(slug))) === key) return { kind: "post", slug };
  let path = oldPath.replace(/^\/+/, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // Compared as written.
  }
  const isPage =
    SITE_PATHS.has(key) ||
    SITE_PATHS.has(path) ||
    /^sitemap-\d+\.xml/.test(path) ||
    SITE_FOLDERS.some((folder) => path.startsWith(folder));
  return isPage ? { kind: "page" } : undefined;
}

/** What the redirect check needs to know of a post. */
export interface RedirectClaim {
  /** Path of the post file, relative to the project root. */
  file: string;
  slug: string;
  redirectFrom: readonly string[];
}

/**
 * Returns the problems with the posts' `redirect_from` paths: two posts (or two paths of one post)
 * that would write one redirect file, and a path that is a post's own address or a page the site
 * builds. Each problem names the posts involved.
 */
export function checkRedirects(posts: readonly RedirectClaim[]): PostProblem[] {
  const problems: PostProblem[] = [];
  const slugFiles = new Map(posts.map((post) => [post.slug, post.file]));
  const slugs = new Set(slugFiles.keys());
  const claims = new Map<string, { post: RedirectClaim; path: string }[]>();
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

/** One old address and the post it now leads to. */
export interface LegacyRedirect {
  /** The old site path, without the deploy base: `/2016/03/01/hello.html`. */
  from: string;
  /** The file the redirect page is written to, relative to the output folder. */
  file: string;
  /** The post's URL (with the deploy base). */
  to: string;
  /** The post's title, for the page's link. */
  title: string;
}

const redirectsByPosts = new WeakMap<readonly Post[], LegacyRedirect[]>();

/**
 * Returns every old address of `posts` (the published ones: the post query decides), sorted by file;
 * throws, naming the posts, when two of them would take one file or a page of the site. Worked out once
 * per list of posts: the redirect pages and `_redirects` both ask.
 */
export function legacyRedirects(posts: readonly Post[]): LegacyRedirect[] {
  let redirects = redirectsByPosts.get(posts);
  if (!redirects) {
    redirects = findLegacyRedirects(posts);
    redirectsByPosts.set(posts, redirects);
  }
  return redirects;
}

function findLegacyRedirects(posts: readonly Post[]): LegacyRedirect[] {
  const fileOf = (post: Post) => post.entry.filePath ?? post.slug;
  const problems = checkRedirects(
    posts.map((post) => ({ file: fileOf(post), slug: post.slug, redirectFrom: post.redirectFrom })),
  );
  if (problems.length > 0) {
    const lines = problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`);
    throw new Error(`Old addresses (redirect_from) collide:\n${lines.join("\n")}`);
  }
  return posts
    .flatMap((post) =>
      post.redirectFrom.map((from) => ({ from, file: redirectFile(from), to: post.url, title: post.title })),
    )
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Returns one static path per old address, for the `[...legacy]` route: its parameter is the file to write. */
export function legacyRedirectPaths(posts: readonly Post[]) {
  return legacyRedirects(posts).map((redirect) => ({ params: { legacy: redirect.file }, props: { redirect } }));
}

/**
 * Returns the page written at an old address: a meta refresh to the post, its canonical URL, a link a
 * reader can follow, `noindex`, and no script.
 */
export function redirectPage(redirect: LegacyRedirect, siteUrl: string, lang: string): string {
  const to = escapeMarkup(redirect.to);
  const title = escapeMarkup(redirect.title);
  return `<!DOCTYPE html>
<html lang="${escapeMarkup(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeMarkup(absoluteUrl(redirect.to, siteUrl))}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<p>This post has moved to <a href="${to}">${title}</a>.</p>
</body>
</html>
`;
}

/** Returns the `_redirects` file (Netlify, Cloudflare Pages): one `old new 301` line per old address. */
export function redirectsFile(redirects: readonly LegacyRedirect[]): string {
  const lines = redirects.map((redirect) => `${withBase(redirect.from)} ${redirect.to} 301`);
  return ["# Old addresses of posts (their redirect_from), sent on to where each post lives now.", ...lines, ""].join(
    "\n",
  );
}
