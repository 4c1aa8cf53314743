/** Everything that names this blog: one place to edit title, author, URL and links. */
export interface SiteConfig {
  /** Shown in the header, `<title>` and feeds. */
  title: string;
  /** One sentence for the home page, meta description and feed. */
  description: string;
  /** Author of every post unless a post says otherwise; `bio` is the about page's text. */
  author: { name: string; bio: string; email?: string; url?: string };
  /** Public origin the site is served from; `SITE_URL` overrides it at build time. */
  url: string;
  /** BCP 47 language of the content, for `<html lang>` and the feed. */
  lang: string;
  /** IANA time zone that dates without a time are calendar days in, and that dates are shown in. */
  timeZone: string;
  /** Posts on each page of the home, tag and category lists. */
  postsPerPage: number;
  /** Links shown in the footer (and as `sameAs` in structured data). */
  links: { label: string; url: string }[];
  /** `$…$` is inline math, as `$$…$$` always is; `false` for a blog that writes prices such as $5. */
  singleDollarMath: boolean;
  /** Where a post's excerpt ends when it has no `description` (Jekyll's `excerpt_separator`); else its first paragraph. */
  excerptSeparator: string;
  /**
   * Whether `.mdx` posts are accepted. MDX runs the code it contains (imports, expressions) at build time
   * with the builder's rights, so a blog that takes posts from people it does not trust sets "refuse"
   * (or builds with `MDX_POSTS=refuse`): the check then rejects every `.mdx` file, naming it.
   */
  mdxPosts: "allow" | "refuse";
}

/** An environment variable that cannot be used, said in words that name it. */
function badSetting(name: string, value: string, expected: string): Error {
  return new Error(`${name}=${JSON.stringify(value)} cannot be used: expected ${expected}`);
}

const SITE_URL_EXPECTED = "the public origin, such as https://blog.example.org (put a sub-path in BASE_PATH)";

/**
 * Returns `SITE_URL` as the site's origin (`https://blog.example.org`), or the default when unset; throws,
 * naming SITE_URL, for anything but an http(s) origin: a path would be silently dropped from canonical URLs.
 */
export function siteUrlFrom(value: string | undefined, fallback = "https://example.com"): string {
  if (value === undefined) return fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badSetting("SITE_URL", value, SITE_URL_EXPECTED);
  }
  const isOrigin = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  if (!/^https?:$/.test(url.protocol) || !url.hostname || !/^https?:\/\//i.test(value) || !isOrigin) {
    throw badSetting("SITE_URL", value, SITE_URL_EXPECTED);
  }
  return url.origin;
}

/** Returns `MDX_POSTS` as the `mdxPosts` setting: unset or `allow` accepts MDX posts, `refuse` rejects them. */
export function mdxPostsFrom(value: string | undefined): SiteConfig["mdxPosts"] {
  if (value === undefined || value === "" || value === "allow") return "allow";
  if (value === "refuse") return "refuse";
  throw badSetting("MDX_POSTS", value, "allow or refuse");
}

/** A path segment a base path may hold: letters, digits and `-._~`, never `.` or `..` alone. */
const BASE_SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._~-]+$/;

/**
 * Returns `BASE_PATH` as `/`, or `/a/b/` (slashes added where missing: `blog` is `/blog/`); throws, naming
 * BASE_PATH, for `//host`, dot segments or characters that would need escaping in every link.
 */
export function basePathFrom(value: string | undefined): string {
  if (value === undefined || /^\/*$/.test(value)) return "/";
  const segments = value
    .replace(/^\/(?!\/)/, "")
    .replace(/\/$/, "")
    .split("/");
  if (value.startsWith("//") || !segments.every((segment) => BASE_SEGMENT.test(segment))) {
    throw badSetting("BASE_PATH", value, "a sub-path such as /blog/ (letters, digits, - . _ ~ between slashes)");
  }
  return `/${segments.join("/")}/`;
}

// The author, author URL, site URL and the GitHub link below are the template's placeholders: until they are
// changed, every build lists them (src/lib/checks/first-run.ts), and a CI build without SITE_URL stops.
export const site: SiteConfig = {
  title: "Field Notes",
  description: "Practical notes on building and running software.",
  author: {
    name: "Blog Author",
    bio: "I build and run backend systems, and write down what I learn along the way.",
    url: "https://example.com/about/",
  },
  url: siteUrlFrom(process.env["SITE_URL"]),
  lang: "en",
  timeZone: "UTC",
  postsPerPage: 10,
  links: [
    { label: "GitHub", url: "https://github.com/" },
    { label: "RSS", url: "/rss.xml" },
  ],
  singleDollarMath: true,
  excerptSeparator: "<!--more-->",
  mdxPosts: mdxPostsFrom(process.env["MDX_POSTS"]),
};
