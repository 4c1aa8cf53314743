// Every feed the fixture build wrote, checked against the rules of the W3C feed validator that can be checked
// offline: a self link naming the feed's own address, absolute URLs, RFC 822 dates, unique guids, no `style`.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { builtPage, fixtureDist, readBuilt } from "../support/fixture-site.ts";

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "category"].includes(name) });

interface FeedItem {
  title: string;
  link: string;
  guid: { "#text": string; "@_isPermaLink"?: string };
  pubDate: string;
  "content:encoded"?: string;
  description?: string;
}

interface Channel {
  link: string;
  "atom:link": { "@_href": string; "@_rel": string; "@_type": string };
  lastBuildDate?: string;
  item?: FeedItem[];
}

function feedFiles(folder = fixtureDist): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : feedFiles(path);
    return name.endsWith(".xml") && !name.startsWith("sitemap") ? [relative(fixtureDist, path)] : [];
  });
}

const channelOf = (file: string): Channel => xml.parse(readBuilt(`/${file}`)).rss.channel as Channel;
const feeds = feedFiles();

/** RFC 822 as RSS 2.0 uses it, in the form `Date.prototype.toUTCString` writes. */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe("every feed", () => {
  it("is found: the site's two addresses, and one per tag and per category", () => {
    expect(feeds).toContain("rss.xml");
    expect(feeds).toContain("feed.xml");
    expect(feeds).toContain("tags/python/rss.xml");
    expect(feeds).toContain("categories/journal/rss.xml");
    expect(feeds.filter((file) => file.startsWith("categories/")).length).toBeGreaterThanOrEqual(4);
  });

  it.each(feeds)("%s names itself in its self link", (file) => {
    const self = channelOf(file)["atom:link"];
    expect(decodeURI(self["@_href"])).toBe(`https://example.com/${file}`);
    expect(self["@_rel"]).toBe("self");
    expect(self["@_type"]).toBe("application/rss+xml");
  });

  it.each(feeds)("%s has absolute links, RFC 822 dates and unique guids", (file) => {
    const channel = channelOf(file);
    const items = channel.item ?? [];
    expect(items.length, file).toBeGreaterThan(0);
    expect(channel.link).toMatch(/^https:\/\/example\.com\//);
    if (channel.lastBuildDate !== undefined) expect(channel.lastBuildDate).toMatch(RFC_822);
    for (const item of items) {
      // A post in another language than the site's lives under its language: /ja/posts/x/.
      expect(item.link).toMatch(/^https:\/\/example\.com\/([a-z-]+\/)?posts\/[^/]+\/$/);
      expect(item.guid["#text"]).toBe(item.link);
      expect(item.pubDate).toMatch(RFC_822);
      const content = parse(item["content:encoded"] ?? "");
      for (const element of content.querySelectorAll("[href], [src]")) {
        const url = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
        expect(url, `${file}: ${item.title}`).toMatch(/^(https?:|mailto:)/);
      }
    }
    const guids = items.map((item) => item.guid["#text"]);
    expect(new Set(guids).size).toBe(guids.length);
  });
});

describe("the category feeds", () => {
  it("carry the category's posts, newest first, and are advertised and linked on its page", () => {
    const journal = channelOf("categories/journal/rss.xml");
    expect(journal.item?.map((item) => item.title)).toEqual(
      Array.from({ length: 11 }, (_, index) => `Paginated note ${String(11 - index).padStart(2, "0")}`),
    );
    expect(journal.link).toBe("https://example.com/categories/journal/");
    const page = builtPage("/categories/journal/");
    expect(
      page.all('link[rel="alternate"][type="application/rss+xml"]').map((link) => link.getAttribute("href")),
    ).toEqual(["https://example.com/rss.xml", "https://example.com/categories/journal/rss.xml"]);
    expect(page.attr('a[href="/categories/journal/rss.xml"]', "href")).toBeDefined();
  });
});

describe("/feed.xml", () => {
  it("carries the same posts as /rss.xml under its own address", () => {
    const alias = channelOf("feed.xml");
    const main = channelOf("rss.xml");
    expect(alias.item?.map((item) => item.guid["#text"])).toEqual(main.item?.map((item) => item.guid["#text"]));
    expect(alias["atom:link"]["@_href"]).toBe("https://example.com/feed.xml");
  });
});
