/** What the sitemap reads back from built pages: each post's last change and its language versions. */
import { detachedCopy } from "../text/detached.ts";

/** The meta tag each post page carries for its last change; the sitemap reads its `lastmod` from it. */
export const LAST_MODIFIED_META = "article:modified_time";

const LAST_MODIFIED_PATTERN = new RegExp(`<meta property="${LAST_MODIFIED_META}" content="([^"]+)"`);

/** Returns the ISO date-time a built page declares as its last change, if it declares one. */
export function declaredLastModified(html: string): string | undefined {
  const declared = LAST_MODIFIED_PATTERN.exec(html)?.[1];
  return declared === undefined ? undefined : detachedCopy(declared);
}

/** Returns the path of the HTML file, relative to the output folder, that serves `pageUrl` under `basePath`. */
export function htmlFileForUrl(pageUrl: string, basePath: string): string {
  const pathname = decodeURIComponent(new URL(pageUrl).pathname);
  const withinSite = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\//, "");
  if (withinSite === "" || withinSite.endsWith("/")) return `${withinSite}index.html`;
  return withinSite.endsWith(".html") ? withinSite : `${withinSite}/index.html`;
}

/** The `<link rel="alternate" hreflang>` tags a post page with translations carries, as the layout writes them. */
const ALTERNATE_PATTERN = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g;

/**
 * Returns the language versions a built page declares (`hreflang` and absolute URL, `x-default` included), for
 * the sitemap's `xhtml:link` alternates: the sitemap repeats what each page says rather than pairing pages by path.
 */
export function declaredAlternates(html: string): { lang: string; url: string }[] {
  return [...html.matchAll(ALTERNATE_PATTERN)].map(([, lang = "", url = ""]) => ({
    lang: detachedCopy(lang),
    url: detachedCopy(url.replaceAll("&amp;", "&")),
  }));
}
