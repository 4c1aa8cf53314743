/**
 * Files a post references (images, downloads, media) by site path or by a path relative to the post's old
 * URL: found in the Jekyll site, to be copied into `public/` at the same site path (so old file URLs keep
 * working), or reported missing.
 */
import { posix } from "node:path";

/** What a post's references to files came to. */
export interface AssetReferences {
  /** The text, relative references rewritten as site paths. */
  text: string;
  /** Site paths (without the leading `/`) of files to copy. */
  found: string[];
  /** References to files the Jekyll site does not have. */
  missing: string[];
}

const REFERENCE = /(\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?|\b(?:src|href|poster|data-src)=["'])([^\s)"'>]+)/gm;
const PAGE_EXTENSIONS = new Set(["html", "htm", "md", "markdown", "xml", "php"]);

/** Returns whether `target` names a file of the site rather than a page, a fragment or another site. */
function isFileReference(target: string): boolean {
  if (/^([a-z][\w+.-]*:|\/\/|#|\?)/i.test(target)) return false;
  const extension = /\.(\w+)$/.exec(target.split(/[?#]/)[0] ?? "")?.[1]?.toLowerCase();
  return extension !== undefined && !PAGE_EXTENSIONS.has(extension);
}

/**
 * Returns the site path a file reference stands for in the Jekyll site, or `undefined` when it has no such
 * file: a site path as it is; a relative path against the post's old URL first, then the site's root.
 */
export function resolveAsset(
  target: string,
  oldUrl: string | undefined,
  siteFiles: ReadonlySet<string>,
): string | undefined {
  const path = decodeURI(target.split(/[?#]/)[0] ?? target);
  const candidates = path.startsWith("/")
    ? [path]
    : [posix.join(posix.dirname(oldUrl?.endsWith("/") ? `${oldUrl}x` : (oldUrl ?? "/x")), path), posix.join("/", path)];
  return candidates
    .map((candidate) => posix.normalize(candidate).replace(/^\/+/, ""))
    .find((file) => siteFiles.has(file));
}

/**
 * Returns a post's file references: found ones (relative ones, and absolute URLs on the old site's `origins`
 * such as `https://old.example.org/blog`, rewritten as site paths) and missing ones.
 */
export function findAssets(
  text: string,
  oldUrl: string | undefined,
  siteFiles: ReadonlySet<string>,
  origins: readonly string[] = [],
): AssetReferences {
  const found: string[] = [];
  const missing: string[] = [];
  const rewritten = text.replace(REFERENCE, (whole, lead: string, written: string) => {
    const origin = origins.find((prefix) => prefix && written.startsWith(`${prefix}/`));
    const target = origin === undefined ? written : written.slice(origin.length);
    if (!isFileReference(target)) return whole;
    const file = resolveAsset(target, oldUrl, siteFiles);
    if (file === undefined) {
      // A file on the old site's address that its source does not hold may be served there still.
      if (origin === undefined) missing.push(target);
      return whole;
    }
    found.push(file);
    const suffix = target.slice((target.split(/[?#]/)[0] ?? target).length);
    return target === written && target.startsWith("/") ? whole : `${lead}/${file}${suffix}`;
  });
  return { text: rewritten, found: [...new Set(found)], missing: [...new Set(missing)] };
}
