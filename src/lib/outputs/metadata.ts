/** What a page tells browsers and search engines about itself: its title and JSON-LD. */
import { site } from "../../site.config.ts";

/** Returns the `<title>` text for a page: its own title, then the site's. */
export function documentTitle(pageTitle: string | undefined): string {
  return pageTitle && pageTitle !== site.title ? `${pageTitle} · ${site.title}` : site.title;
}

/**
 * Returns JSON for a `<script type="application/ld+json">` element. `<` is escaped so no string in
 * it (a title holding `</script>`, say) can close the element early.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Returns schema.org `BlogPosting` data for a post. */
export function blogPostingData(post: {
  title: string;
  description: string | undefined;
  date: Date;
  lastModified: Date;
  tags: { name: string }[];
  author: string | undefined;
  absoluteUrl: string;
  absoluteImageUrl: string | undefined;
  /** The post's language, when known (`inLanguage`). */
  lang?: string | undefined;
}): Record<string, unknown> {
  const author = post.author ? { "@type": "Person", name: post.author } : authorOfSite();
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    ...(post.lang ? { inLanguage: post.lang } : {}),
    ...(post.description ? { description: post.description } : {}),
    datePublished: post.date.toISOString(),
    dateModified: post.lastModified.toISOString(),
    keywords: post.tags.map((tag) => tag.name),
    mainEntityOfPage: post.absoluteUrl,
    url: post.absoluteUrl,
    ...(post.absoluteImageUrl ? { image: post.absoluteImageUrl } : {}),
    author,
    publisher: { "@type": "Organization", name: site.title },
  };
}

function authorOfSite(): Record<string, unknown> {
  return { "@type": "Person", name: site.author.name, ...(site.author.url ? { url: site.author.url } : {}) };
}
