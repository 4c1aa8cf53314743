import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { builtPage, readBuilt, textOf } from "../support/fixture-site.ts";

// Posts without a description: one holding <!--more-->, one without (its first paragraph is the excerpt).
const BEFORE_MORE =
  "You’ll find this post in your _posts directory. Go ahead and edit it and re-build the site to see your changes. " +
  "You can rebuild the site in many different ways, but the most common way is to run jekyll serve, which launches a " +
  "web server and auto-regenerates your site when a file is updated. To add new posts, simply add a file in the " +
  "_posts directory that follows the convention YYYY-MM-DD-name-of-post.ext & includes the necessary front matter.";
const FIRST_PARAGRAPH =
  "C, C++ and C# are different languages and get different tag pages. The lowercase python tag joins the seed " +
  "post’s Python tag. A relative link and an anchor to the top.";

const posts = [
  { path: "/posts/welcome-to-jekyll/", title: "Welcome to Jekyll!", excerpt: BEFORE_MORE },
  { path: "/posts/c-family/", title: "Three languages named C", excerpt: FIRST_PARAGRAPH },
];

describe("a post without a description", () => {
  it("is described by its excerpt in its meta description, social card text and structured data", () => {
    for (const post of posts) {
      const page = builtPage(post.path);
      expect(page.attr('meta[name="description"]', "content"), post.path).toBe(post.excerpt);
      expect(page.attr('meta[property="og:description"]', "content"), post.path).toBe(post.excerpt);
      const jsonLd = JSON.parse(page.text('script[type="application/ld+json"]')) as { description?: string };
      expect(jsonLd.description, post.path).toBe(post.excerpt);
    }
  });

  it("shows its excerpt under its title in lists", () => {
    const listing = builtPage("/tags/jekyll/");
    const item = listing.all(".post-list li").find((li) => textOf(li.querySelector("a")) === "Welcome to Jekyll!");
    expect(textOf(item?.querySelector("p:not(.post-meta)"))).toBe(BEFORE_MORE);
    const home = builtPage("/").all(".post-list li");
    const cFamily = home.find((li) => textOf(li.querySelector("a")) === "Three languages named C");
    expect(textOf(cFamily?.querySelector("p:not(.post-meta)"))).toBe(FIRST_PARAGRAPH);
  });

  it("has its excerpt as the feed item's description, while the item carries the whole post", () => {
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" });
    const items = xml.parse(readBuilt("/rss.xml")).rss.channel.item as {
      title: string;
      description: string;
      "content:encoded": string;
    }[];
    for (const post of posts) {
      const item = items.find((candidate) => candidate.title === post.title);
      // A feed reader reads <description> as HTML (issue 11, item 16): decoded so, it is the excerpt's text.
      expect(textOf(builtPage.fromHtml(`<div>${item?.description ?? ""}</div>`).document), post.title).toBe(
        post.excerpt,
      );
    }
    const welcome = items.find((item) => item.title === "Welcome to Jekyll!");
    expect(welcome?.["content:encoded"]).toContain("Jekyll also offers powerful support for code snippets");
  });
});
