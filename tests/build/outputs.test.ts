import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { SearchShardManifest } from "../../src/lib/outputs/search-shards.ts";
import { filesUnder } from "../../scripts/support/project.ts";
import { builtPage, fixtureDist, readBuilt } from "../support/fixture-site.ts";

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["item", "url", "sitemap", "category"].includes(name),
});

/** Every file of the fixture build, by its path in it. */
const builtFiles = filesUnder(fixtureDist);
const htmlPages = builtFiles.filter((file) => file.endsWith(".html"));
const sitePathOf = (file: string) => `/${file.replace(/index\.html$/, "")}`;

interface FeedItem {
  title: string;
  link: string;
  guid: { "#text": string };
  pubDate: string;
  "content:encoded": string;
}

function feed(sitePath: string) {
  const channel = xml.parse(readBuilt(sitePath)).rss.channel;
  return { channel, items: channel.item as FeedItem[] };
}

describe("the RSS feed", () => {
  const { channel, items } = feed("/rss.xml");

  it("lists public posts newest first with a guid and an RFC 822 date", () => {
    // The 20 newest of 22 English posts: 20 fixture and seed posts and the two English multilingual ones.
    expect(items).toHaveLength(20);
    expect(items[0]?.title).toBe("FastAPI vs Django: Choosing the Right Python Framework");
    expect(items[0]?.guid["#text"]).toBe("https://example.com/posts/fastapi-vs-django/");
    expect(items[0]?.pubDate).toBe("Sun, 01 Dec 2024 00:00:00 GMT");
    expect(items.map((item) => item.title)).not.toContain("An unpublished draft");
    expect(channel["atom:link"]["@_href"]).toBe("https://example.com/rss.xml");
    expect(channel["atom:link"]["@_rel"]).toBe("self");
  });

  it("carries full post HTML with every link and image URL absolute", () => {
    const seed = items[0]!["content:encoded"];
    expect(seed).toContain("<table>");
    expect(seed).toContain("Pydantic Validation");
    const mdx = items.find((item) => item.title === "Components in MDX")!["content:encoded"];
    expect(mdx).toContain("This callout was rendered from a component.");
    expect(mdx).toContain('href="https://example.com/posts/fastapi-vs-django/"');
    expect(mdx).toContain('src="https://example.com/favicon.svg"');
    for (const item of items) {
      expect(item["content:encoded"]).not.toMatch(/(href|src)="(?!https?:|mailto:)/);
      expect(item["content:encoded"]).not.toMatch(/<script/i);
    }
  });

  it("carries code without style attributes (the feed validator warns on them)", () => {
    const seed = items[0]!["content:encoded"];
    expect(seed).toMatch(/<pre class="astro-code"[^>]*><code>[\s\S]*from[\s\S]*fastapi/);
    // Formulas keep KaTeX's sizing styles; code blocks carry none.
    for (const item of items)
      for (const block of item["content:encoded"].match(/<pre class="astro-code[\s\S]*?<\/pre>/g) ?? [])
        expect(block).not.toMatch(/\sstyle=/i);
  });

  it("has one feed per tag, linked from its tag page", () => {
    const python = feed("/tags/python/rss.xml");
    expect(python.items.map((item) => item.link)).toEqual([
      "https://example.com/posts/fastapi-vs-django/",
      "https://example.com/posts/c-family/",
    ]);
    expect(python.channel["atom:link"]["@_href"]).toBe("https://example.com/tags/python/rss.xml");
    const alternates = builtPage("/tags/python/").all('link[rel="alternate"][type="application/rss+xml"]');
    expect(alternates.map((link) => link.getAttribute("href"))).toEqual([
      "https://example.com/rss.xml",
      "https://example.com/tags/python/rss.xml",
    ]);
  });

  it("is advertised on every page (after its own language's feed on a page in another language)", () => {
    for (const file of htmlPages.filter((file) => !file.startsWith("pagefind/"))) {
      const page = builtPage(sitePathOf(file));
      // An old address's page only sends the reader on.
      if (page.attr('meta[http-equiv="refresh"]', "content")) continue;
      const feeds = page
        .all('link[rel="alternate"][type="application/rss+xml"]')
        .map((link) => link.getAttribute("href"));
      const lang = page.attr("html", "lang");
      const expected = ["https://example.com/rss.xml"];
      if (lang !== "en") expected.unshift(`https://example.com/${lang}/rss.xml`);
      expect(feeds.slice(0, expected.length), file).toEqual(expected);
    }
  });
});

describe("the sitemap and robots.txt", () => {
  const index = xml.parse(readBuilt("/sitemap-index.xml")).sitemapindex;
  const urls: { loc: string; lastmod?: string }[] = xml.parse(readBuilt("/sitemap-0.xml")).urlset.url;

  it("lists every public page but the 404 and the old addresses' redirect pages", () => {
    expect(index.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual(["https://example.com/sitemap-0.xml"]);
    const isRedirect = (file: string) => builtPage(sitePathOf(file)).attr('meta[http-equiv="refresh"]', "content");
    const expected = htmlPages
      .filter((file) => file !== "404.html" && !file.startsWith("pagefind/") && !isRedirect(file))
      .map((file) => `https://example.com${sitePathOf(file)}`)
      .sort();
    expect(urls.map((url) => decodeURI(url.loc)).sort()).toEqual(expected);
  });

  it("gives each post its last change: updated, else date", () => {
    const lastmod = (loc: string) => urls.find((url) => url.loc === `https://example.com${loc}`)?.lastmod;
    expect(lastmod("/posts/fastapi-vs-django/")).toBe("2024-12-01T00:00:00.000Z");
    expect(lastmod("/posts/c-family/")).toBe("2024-11-15T00:00:00.000Z");
  });

  it("points robots.txt at the sitemap", () => {
    expect(readBuilt("/robots.txt")).toContain("Sitemap: https://example.com/sitemap-index.xml");
  });
});

describe("zero JavaScript outside search", () => {
  // The hostile-text fixture carries one raw <script> of its author's in its Markdown body, which is kept as written.
  const authorScripts: Record<string, number> = { "posts/hostile-text/index.html": 1 };

  it("has no script element but JSON-LD (and an author's own) on any page but the search pages", () => {
    const searchPages = /^([a-z-]+\/)?search\/index\.html$/;
    expect(htmlPages.filter((file) => searchPages.test(file)).sort()).toEqual([
      "ar/search/index.html",
      "de/search/index.html",
      "ja/search/index.html",
      "search/index.html",
    ]);
    for (const file of htmlPages.filter((file) => !searchPages.test(file))) {
      const scripts = builtPage(sitePathOf(file)).all("script");
      const dataOnly = scripts.filter((script) => script.getAttribute("type") === "application/ld+json");
      expect(scripts.length - dataOnly.length, file).toBe(authorScripts[file] ?? 0);
      expect(readBuilt(`/${file}`), file).not.toMatch(/\.m?js["'?]|modulepreload/);
    }
  });

  it("loads its script on the search page", () => {
    expect(builtPage("/search/").all('script[type="module"]').length).toBeGreaterThan(0);
  });
});

describe("drafts and scheduled posts", () => {
  const hidden = ["zanzibarian", "quixotical", "unpublished-draft", "from-the-future", "Draftonly", "Futureonly"];

  it("leave no trace in any page, feed or sitemap", () => {
    const textFiles = builtFiles.filter((file) => /\.(html|xml|txt|json)$/.test(file));
    for (const file of textFiles) {
      const text = readFileSync(join(fixtureDist, file), "utf8").toLowerCase();
      for (const word of hidden) expect(text, `${word} in ${file}`).not.toContain(word.toLowerCase());
    }
  });

  it("leave no trace in the search index", () => {
    const indexFiles = builtFiles.filter(
      (file) => file.startsWith("pagefind/") && /\.pf_(fragment|index|filter|meta)$/.test(file),
    );
    expect(indexFiles.length).toBeGreaterThan(0);
    const indexText = indexFiles
      .map((file) => gunzipSync(readFileSync(join(fixtureDist, file))).toString("latin1"))
      .join("\n");
    expect(indexText).toContain("fastapi");
    for (const word of hidden) expect(indexText.toLowerCase()).not.toContain(word.toLowerCase());
  });
});

describe("the search index", () => {
  const shards = (JSON.parse(readBuilt("/pagefind/shards.json")) as SearchShardManifest).shards;

  it("holds every public post once and nothing else, each language in shards of its own", () => {
    // Every shard is a Pagefind bundle with one language's index: 22 English, the fixtures' 2 German, 1 Japanese, 1 Arabic.
    const counts: Record<string, number> = {};
    for (const shard of shards) {
      const entry = JSON.parse(readBuilt(`/pagefind/${shard.name}/pagefind-entry.json`)) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.keys(entry.languages), shard.name).toEqual([shard.lang]);
      counts[shard.lang] = (counts[shard.lang] ?? 0) + (entry.languages[shard.lang]?.page_count ?? 0);
      expect(entry.languages[shard.lang]?.page_count, shard.name).toBe(shard.pages.length);
      expect(builtFiles).toContain(`pagefind/${shard.name}/pagefind.js`);
    }
    expect(counts).toEqual({ en: 22, de: 2, ja: 1, ar: 1 });
  });

  it("cuts English into runs of whole years, as BLOG_SEARCH_SHARD_PAGES=5 asks of the fixture build", () => {
    expect(shards.filter((shard) => shard.lang === "en").map((shard) => shard.name)).toEqual([
      "en-2022",
      "en-2023",
      "en-2024",
    ]);
    const search = builtPage("/search/").attr("blog-search", "data-shards");
    expect(JSON.parse(search ?? "[]")).toEqual(["/pagefind/en-2024/", "/pagefind/en-2023/", "/pagefind/en-2022/"]);
  });
});

describe("security policy", () => {
  const policyOf = (file: string) =>
    builtPage(sitePathOf(file)).attr('meta[http-equiv="content-security-policy"]', "content");

  it("is on every page, with no inline script allowed but by hash", () => {
    // An old address's page is plain HTML with no script, written by the redirect route; _headers carries the policy there.
    const isRedirect = (file: string) => builtPage(sitePathOf(file)).attr('meta[http-equiv="refresh"]', "content");
    for (const file of htmlPages.filter((file) => !file.startsWith("pagefind/") && !isRedirect(file))) {
      const policy = policyOf(file) ?? "";
      expect(policy, file).toMatch(/default-src 'self'/);
      expect(policy, file).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(
        policy.split(";").find((directive) => directive.trim().startsWith("script-src ")),
        file,
      ).not.toContain("'unsafe-inline'");
    }
  });

  it("is sent as a header too, through _headers, with the usual security headers", () => {
    const headers = readBuilt("/_headers");
    const cspLine = headers.split("\n").find((line) => line.trim().startsWith("Content-Security-Policy:")) ?? "";
    expect(cspLine).toContain("script-src 'self'");
    expect(cspLine).toContain("'wasm-unsafe-eval'");
    expect(cspLine).toContain("frame-ancestors 'none'");
    for (const hash of (policyOf("search/index.html") ?? "").match(/'sha256-[^']+'/g) ?? [])
      expect(cspLine).toContain(hash);
    for (const header of ["X-Content-Type-Options: nosniff", "Referrer-Policy:", "X-Frame-Options: DENY"]) {
      expect(headers).toContain(header);
    }
  });
});
