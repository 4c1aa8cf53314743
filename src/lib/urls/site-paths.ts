/**
 * Which file answers an old address, and which addresses the site itself serves: the path rules that
 * redirects (their check and their pages) share. Built from the folder and page names in `urls.ts`.
 */
import { basePath, LANGUAGE_FOLDER_PATHS, postUrl, SITE_FILES, SITE_FOLDERS, SITE_PAGES } from "./urls.ts";

/**
 * Addresses the site itself serves (see `src/pages/`), which no old path may take: a redirect there
 * would replace the page, or, in `_redirects`, send its readers away. Paths are compared without their
 * leading slash, trailing slash, `index.html` or `.html`.
 */
const RESERVED_PATHS = new Set<string>([
  ...Object.values(SITE_PAGES),
  SITE_FOLDERS.tags,
  SITE_FOLDERS.categories,
  ...Object.values(SITE_FILES),
]);
/** Folders whose every path the site writes or may write (posts are checked one by one, by slug). */
const RESERVED_FOLDERS = Object.entries(SITE_FOLDERS)
  .filter(([name]) => name !== "posts")
  .map(([, folder]) => `${folder}/`);

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

/**
 * Returns whether `path` (no leading slash, decoded) is one the site writes in another language's folder: the
 * listing `<lang>/`, its pages, feed and search page, and every post under `<lang>/posts/`. `languageFolders`
 * holds the folder names (`ja`, `pt-br`) of the languages other than the site's. Other paths under `<lang>/`
 * stay free, as a multilingual Jekyll site's old `/ja/news/…` addresses need.
 */
function isLanguagePage(path: string, key: string, languageFolders: ReadonlySet<string>): boolean {
  const folder = key.split("/")[0] ?? "";
  if (!languageFolders.has(folder)) return false;
  const within = key.slice(folder.length + 1);
  const rest = path.slice(folder.length + 1);
  return (
    within === "" ||
    rest.startsWith(`${SITE_FOLDERS.posts}/`) ||
    within === SITE_FOLDERS.posts ||
    LANGUAGE_FOLDER_PATHS.some((name) => within === name || rest.startsWith(`${name}/`))
  );
}

/**
 * Returns why `oldPath` cannot redirect, if the site itself serves it: as the address of one of `postSlugs` (the
 * posts in the site's language), or a page, including those in the folders of `languageFolders` (see `isLanguagePage`).
 */
export function siteConflict(
  oldPath: string,
  postSlugs: ReadonlySet<string> | readonly string[],
  languageFolders: ReadonlySet<string> = new Set(),
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
    RESERVED_PATHS.has(key) ||
    RESERVED_PATHS.has(path) ||
    /^sitemap-\d+\.xml/.test(path) ||
    RESERVED_FOLDERS.some((folder) => path.startsWith(folder)) ||
    isLanguagePage(path, key, languageFolders);
  return isPage ? { kind: "page" } : undefined;
}

/** Characters an old path may hold as written: RFC 3986 path characters, less `:` (a placeholder in `_redirects`). */
const REDIRECT_PATH_CHARACTERS = /^\/[A-Za-z0-9\-._~!$&'()+,;=@%/]*$/;
/** Characters an old path may not hold once its percent-escapes are decoded. */
const DECODED_FORBIDDEN = /[\p{Cc}\p{Zl}\p{Zp}?#*:\\%]/u;
/** Longest file name most file systems take, in bytes. */
const MAX_SEGMENT_BYTES = 255;

/**
 * Returns why `path` cannot be an old address (`redirect_from`), or `undefined` when it can: it must be a
 * plain site path such as `/2016/03/01/old.html`, because it becomes both a file of the site and a line
 * of `_redirects`, where `*` and `:name` are wildcards that would redirect other addresses, and `?`, `#`,
 * `//host`, dot segments, NUL or over-long names would write a file no request reaches, or none at all.
 */
export function redirectPathProblem(path: string): string | undefined {
  if (!path.startsWith("/") || path.startsWith("//")) return "a path on this site starts with one /";
  if (!REDIRECT_PATH_CHARACTERS.test(path)) {
    return "only letters, digits, / and - . _ ~ ! $ & ' ( ) + , ; = @ % may appear (no *, :, ?, #, spaces or \\)";
  }
  if (/%(?![0-9A-Fa-f]{2})/.test(path)) return "a % must start an escape such as %20";
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return "its %-escapes are not UTF-8 text";
  }
  if (DECODED_FORBIDDEN.test(decoded) || decoded.split("/").length !== path.split("/").length) {
    return "its %-escapes stand for characters a path may not hold (/, ?, #, *, :, %, line breaks or control characters)";
  }
  const segments = decoded.split("/").slice(1);
  if (segments.some((segment) => segment === "." || segment === "..")) return "it may not hold . or .. segments";
  if (segments.some((segment) => new TextEncoder().encode(segment).length > MAX_SEGMENT_BYTES)) {
    return `each part between slashes may be at most ${MAX_SEGMENT_BYTES} bytes long`;
  }
  return undefined;
}
