/**
 * Old addresses of posts (their `redirect_from`, e.g. from a Jekyll site): a static page at each old
 * path that sends the reader on, and a `_redirects` file for Netlify and Cloudflare Pages.
 */
import { checkRedirects } from "../checks/redirect-check.ts";
import { withPageKeys } from "./page-key.ts";
import type { Post } from "../content/posts.ts";
import { compareText } from "../text/compare.ts";
import { escapeMarkup } from "../text/markup.ts";
import { redirectFile, redirectPathProblem } from "../urls/site-paths.ts";
import { absoluteUrl, withBase } from "../urls/urls.ts";

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
  /** The post's language, which the redirect page is marked with. */
  lang: string;
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
    posts.map((post) => ({ file: fileOf(post), slug: post.slug, lang: post.lang, redirectFrom: post.redirectFrom })),
  );
  if (problems.length > 0) {
    const lines = problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`);
    throw new Error(`Old addresses (redirect_from) collide:\n${lines.join("\n")}`);
  }
  return posts
    .flatMap((post) =>
      post.redirectFrom.map((from) => ({
        from,
        file: redirectFile(from),
        to: post.url,
        title: post.title,
        lang: post.lang,
      })),
    )
    .sort((a, b) => compareText(a.file, b.file));
}

/** Returns one static path per old address, for the `[...legacy]` route: its parameter is the file to write. */
export function legacyRedirectPaths(posts: readonly Post[]) {
  return withPageKeys(
    legacyRedirects(posts).map((redirect) => ({ params: { legacy: redirect.file }, props: { redirect } })),
  );
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
  const lines = redirects.map((redirect) => {
    // The schema already refused such paths; a line with `*` or `:name` here would redirect other addresses.
    const problem = redirectPathProblem(redirect.from);
    if (problem) throw new Error(`_redirects: ${JSON.stringify(redirect.from)} cannot be an old address: ${problem}`);
    return `${withBase(redirect.from)} ${redirect.to} 301`;
  });
  return ["# Old addresses of posts (their redirect_from), sent on to where each post lives now.", ...lines, ""].join(
    "\n",
  );
}
