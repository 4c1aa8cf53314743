import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { termSlug } from "../../src/lib/content/slugs.ts";
import { builtPage, readBuilt, textOf } from "../support/fixture-site.ts";

const title = `</script><script>alert('title')</script> "><img src=x onerror=alert('title')> &amp; 🚀 שלום עולם`;
const description = `"><img src=x onerror=alert('description')> &amp; </script><script>alert('description')</script>`;
const longTag = "Supercalifragilistic".repeat(15);
const tags = [
  `</script><script>alert('tag')</script>`,
  `"><img src=x onerror=alert('tag')>`,
  "&amp;",
  "🚀",
  "עברית",
  longTag,
];
const category = `"><img src=x onerror=alert('category')>`;

/** Markup a hostile string would have created had it been inserted unescaped. */
function expectNoInjectedMarkup(html: string, where: string): void {
  const page = builtPage.fromHtml(html);
  expect(page.all('img[src="x"]'), where).toHaveLength(0);
  expect(
    page
      .all("script")
      .filter((script) => /alert\(/.test(script.rawText) && script.getAttribute("type") !== "application/ld+json"),
    where,
  ).toHaveLength(0);
}

describe("hostile and odd text in front matter", () => {
  const post = builtPage("/posts/hostile-text/");

  it("reads as written in the post's heading, title, meta tags and tag links", () => {
    expect(post.text("h1")).toBe(title);
    expect(post.text("title")).toBe(`${title} · Field Notes`);
    expect(post.attr('meta[name="description"]', "content")).toBe(description);
    expect(post.attr('meta[property="og:title"]', "content")).toBe(title);
    expect(post.all(".post-footer .tags a").map(textOf)).toEqual(tags);
    expect(post.all(".post-footer .categories a").map(textOf)).toEqual([category]);
    expectNoInjectedMarkup(post.html, "post page");
  });

  it("stays data inside JSON-LD", () => {
    const jsonLd = post.document.querySelector('script[type="application/ld+json"]')?.rawText ?? "";
    expect(jsonLd).not.toContain("<");
    expect(JSON.parse(jsonLd)).toMatchObject({ headline: title, description, keywords: tags });
  });

  it("keeps the author's raw HTML in the post body", () => {
    expect(post.text(".prose .authors-own-html")).toBe("kept as written");
  });

  it("gives every odd tag a page whose heading reads as written", () => {
    for (const tag of tags) {
      const page = builtPage(`/tags/${termSlug(tag)}/`);
      expect(page.text("h1"), tag).toBe(`Tag: ${tag}`);
      expectNoInjectedMarkup(page.html, `tag page of ${tag}`);
    }
    expect(termSlug(longTag).length).toBeLessThanOrEqual(80);
  });

  it("is listed as written on the home page, archive, tag and category indexes", () => {
    for (const path of ["/", "/archive/", "/tags/", "/categories/"]) {
      expectNoInjectedMarkup(builtPage(path).html, path);
    }
    expect(builtPage("/").all(".post-list-title a").map(textOf)).toContain(title);
    expect(builtPage("/categories/").all(".term-index a").map(textOf)).toContain(category);
  });

  it("reaches feeds as text, with no script in any feed's content", () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === "item" || name === "category",
    });
    const feed = parser.parse(readBuilt("/rss.xml")).rss.channel;
    const item = feed.item.find((entry: { link: string }) => entry.link.endsWith("/posts/hostile-text/"));
    expect(item.title).toBe(title);
    // A feed reader decodes the XML, then reads <description> as HTML (issue 11, item 16): it must find only text.
    const descriptionHtml = builtPage.fromHtml(`<div>${item.description}</div>`).document;
    expect(descriptionHtml.querySelectorAll("div *")).toHaveLength(0);
    expect(textOf(descriptionHtml)).toBe(description);
    expect(item.category).toEqual([category, ...tags]);
    expect(item["content:encoded"]).toContain("kept as written");
    expect(item["content:encoded"]).not.toMatch(/<script/i);
    const tagFeed = parser.parse(readBuilt(`/tags/${termSlug(tags[0]!)}/rss.xml`)).rss.channel;
    expect(tagFeed.title).toBe(`Field Notes: ${tags[0]}`);
  });

  it("leaves the sitemap well-formed", () => {
    const urls = new XMLParser().parse(readBuilt("/sitemap-0.xml")).urlset.url.map((url: { loc: string }) => url.loc);
    expect(urls).toContain("https://example.com/posts/hostile-text/");
    expect(urls).toContain(`https://example.com/tags/${encodeURI(termSlug("עברית"))}/`);
  });
});
