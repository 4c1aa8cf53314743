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
  url: process.env["SITE_URL"] ?? "https://example.com",
  lang: "en",
  timeZone: "UTC",
  postsPerPage: 10,
  links: [
    { label: "GitHub", url: "https://github.com/" },
    { label: "RSS", url: "/rss.xml" },
  ],
  singleDollarMath: true,
  excerptSeparator: "<!--more-->",
};
