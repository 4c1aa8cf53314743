import { XMLParser } from "fast-xml-parser";
import { getRssString } from "@astrojs/rss";
import { describe, expect, it } from "vitest";
import { FEED_ITEM_LIMIT, feedOptions, feedPosts, robotsTxt } from "../../src/lib/outputs/feeds/feeds.ts";
import { selectPosts } from "../../src/lib/content/posts.ts";
import { postEntry } from "../support/entries.ts";

const posts = selectPosts(
  [
    postEntry("first", { date: "2024-01-01", tags: ["Python"], categories: ["Backend"], description: "One & only" }),
    postEntry("second", { date: "2024-02-01", updated: "2024-03-05" }),
  ],
  { now: new Date("2025-01-01"), includeUnpublished: false },
);

async function feedXml() {
  const options = feedOptions({
    title: "Blog",
    description: "About things",
    siteUrl: "https://example.com",
    feedPath: "/rss.xml",
    pagePath: "/",
    language: "en",
    author: "Ada <ada@example.com>",
    posts,
    contentBySlug: new Map([["first", '<p>Hello <a href="https://example.com/x/">x</a></p>']]),
  });
  const xml = await getRssString(options);
  return { xml, feed: new XMLParser({ ignoreAttributes: false }).parse(xml) };
}

describe("feedOptions", () => {
  it("makes RSS 2.0 with a self link, newest first, RFC 822 dates and absolute links", async () => {
    const { feed } = await feedXml();
    const channel = feed.rss.channel;
    expect(feed.rss["@_version"]).toBe("2.0");
    expect(channel["atom:link"]["@_href"]).toBe("https://example.com/rss.xml");
    expect(channel["atom:link"]["@_rel"]).toBe("self");
    expect(channel.lastBuildDate).toBe("Tue, 05 Mar 2024 00:00:00 GMT");
    expect(channel.item.map((item: { link: string }) => item.link)).toEqual([
      "https://example.com/posts/second/",
      "https://example.com/posts/first/",
    ]);
    expect(channel.item[1].pubDate).toBe("Mon, 01 Jan 2024 00:00:00 GMT");
    expect(channel.item[1].guid["#text"]).toBe("https://example.com/posts/first/");
    expect(channel.item[1].category).toEqual(["Backend", "Python"]);
  });

  it("carries full content and escapes text", async () => {
    const { xml, feed } = await feedXml();
    const first = feed.rss.channel.item[1];
    expect(first["content:encoded"]).toBe('<p>Hello <a href="https://example.com/x/">x</a></p>');
    // The description is HTML to a feed reader (issue 11, item 16): `&` reaches it as `&amp;`, which it shows as `&`.
    expect(first.description).toBe("One &amp; only");
    expect(first["dc:creator"]).toBe("Ada <ada@example.com>");
    expect(xml).not.toContain("<ada@");
  });
});

describe("feedPosts", () => {
  it("keeps the newest posts up to the feed's limit", () => {
    const many = Array.from({ length: FEED_ITEM_LIMIT + 5 }, (_, index) => index);
    expect(feedPosts(many as never[])).toHaveLength(FEED_ITEM_LIMIT);
  });
});

describe("robotsTxt", () => {
  it("points crawlers at the sitemap", () => {
    expect(robotsTxt("https://example.com/sitemap-index.xml")).toContain(
      "Sitemap: https://example.com/sitemap-index.xml\n",
    );
  });
});
