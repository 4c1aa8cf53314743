import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { builtPage, readBuilt, textOf } from "../support/fixture-site.ts";

// The fixture posts in tests/fixtures/multilingual-posts: ruby-lang.org's Ruby 3.3.0 announcement in English,
// Japanese, German and Arabic (one file name in each language folder), and Ruby 3.3.1 in English and German
// (two file names, one translation_key).
const RUBY_330 = {
  en: "/posts/ruby-3-3-0-released/",
  ja: "/ja/posts/ruby-3-3-0-released/",
  de: "/de/posts/ruby-3-3-0-released/",
  ar: "/ar/posts/ruby-3-3-0-released/",
} as const;
const ORIGIN = "https://example.com";

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["item", "url", "xhtml:link"].includes(name),
});

/** Returns the `hreflang` → href pairs a built page declares. */
function alternatesOf(sitePath: string): Record<string, string> {
  const links = builtPage(sitePath).all('link[rel="alternate"][hreflang]');
  return Object.fromEntries(links.map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]));
}

describe("a post's language", () => {
  it("sets <html lang> and dir on each page, right to left for Arabic", () => {
    const expected = [
      [RUBY_330.en, "en", "ltr"],
      [RUBY_330.ja, "ja", "ltr"],
      [RUBY_330.de, "de", "ltr"],
      [RUBY_330.ar, "ar", "rtl"],
      ["/ja/", "ja", "ltr"],
      ["/ar/", "ar", "rtl"],
      ["/ar/search/", "ar", "rtl"],
      ["/", "en", "ltr"],
      ["/tags/ruby/", "en", "ltr"],
    ];
    for (const [path, lang, dir] of expected) {
      const html = builtPage(path!).document.querySelector("html");
      expect([html?.getAttribute("lang"), html?.getAttribute("dir")], path).toEqual([lang, dir]);
    }
  });

  it("shows dates and reading time in the post's language, and the post page's words from its table", () => {
    const ja = builtPage(RUBY_330.ja);
    // Japanese is counted a character a word (230 a minute): its 300-odd characters take 2 minutes.
    expect(ja.text(".post-meta")).toBe("2023年12月25日 · 2分で読めます");
    expect(ja.all(".post-neighbours")).toHaveLength(0);
    const de = builtPage(RUBY_330.de);
    expect(de.text(".post-meta")).toBe("25. Dezember 2023 · 1 Min. Lesezeit");
    expect(de.text(".post-neighbours")).toContain("Neuer: Ruby 3.3.1 veröffentlicht");
    expect(de.attr(".post-neighbours", "aria-label")).toBe("Weitere Beiträge");
    expect(de.attr("ul.term-links.tags", "aria-label")).toBe("Schlagwörter");
    expect(builtPage(RUBY_330.ar).text(".post-meta")).toBe("25 ديسمبر 2023 · مدة القراءة: 1 د");
    expect(builtPage(RUBY_330.en).text(".post-meta")).toBe("December 25, 2023 · 1 min read");
  });

  it("keeps the site's chrome in the site's language, marked as such", () => {
    const ar = builtPage(RUBY_330.ar);
    expect(ar.attr("header.site-header", "lang")).toBe("en");
    expect(ar.attr("header.site-header", "dir")).toBe("ltr");
    expect(ar.attr("footer.site-footer", "lang")).toBe("en");
    expect(builtPage(RUBY_330.en).attr("header.site-header", "lang")).toBeUndefined();
  });
});

describe("translations", () => {
  it("link each version to the others by their own language names", () => {
    const links = builtPage(RUBY_330.en).all(".language-links a");
    expect(links.map((link) => [textOf(link), link.getAttribute("href"), link.getAttribute("lang")])).toEqual([
      ["العربية", RUBY_330.ar, "ar"],
      ["Deutsch", RUBY_330.de, "de"],
      ["日本語", RUBY_330.ja, "ja"],
    ]);
    const ja = builtPage(RUBY_330.ja);
    expect(ja.text(".language-links > span")).toBe("ほかの言語:");
    expect(ja.all(".language-links a").map(textOf)).toEqual(["English", "العربية", "Deutsch"]);
    expect(builtPage("/de/posts/ruby-3-3-1-veroeffentlicht/").all(".language-links a")[0]?.getAttribute("href")).toBe(
      "/posts/ruby-3-3-1-released/",
    );
  });

  it("carry hreflang alternates for every version and x-default, the same both ways", () => {
    const expected = {
      en: ORIGIN + RUBY_330.en,
      ar: ORIGIN + RUBY_330.ar,
      de: ORIGIN + RUBY_330.de,
      ja: ORIGIN + RUBY_330.ja,
      "x-default": ORIGIN + RUBY_330.en,
    };
    for (const path of Object.values(RUBY_330)) expect(alternatesOf(path), path).toEqual(expected);
    expect(alternatesOf("/posts/ruby-3-3-1-released/")).toEqual({
      en: `${ORIGIN}/posts/ruby-3-3-1-released/`,
      de: `${ORIGIN}/de/posts/ruby-3-3-1-veroeffentlicht/`,
      "x-default": `${ORIGIN}/posts/ruby-3-3-1-released/`,
    });
    expect(alternatesOf("/posts/fastapi-vs-django/")).toEqual({});
  });

  it("are listed as alternates in the sitemap, for each version", () => {
    const urls = xml.parse(readBuilt("/sitemap-0.xml")).urlset.url as {
      loc: string;
      "xhtml:link"?: { "@_hreflang": string; "@_href": string }[];
    }[];
    for (const path of Object.values(RUBY_330)) {
      const entry = urls.find((url) => url.loc === ORIGIN + path);
      const links = Object.fromEntries(
        (entry?.["xhtml:link"] ?? []).map((link) => [link["@_hreflang"], link["@_href"]]),
      );
      expect(links, path).toEqual(alternatesOf(path));
    }
    expect(urls.find((url) => url.loc === `${ORIGIN}/posts/fastapi-vs-django/`)?.["xhtml:link"]).toBeUndefined();
  });
});

describe("listings and feeds by language", () => {
  it("shows the site's language at home and on tag pages, with links to the other languages' listings", () => {
    const home = builtPage("/");
    const titles = home.all(".post-list-title").map(textOf);
    expect(titles).toContain("Ruby 3.3.0 Released");
    expect(titles).not.toContain("Ruby 3.3.0 リリース");
    expect(home.all(".language-links a").map((link) => [textOf(link), link.getAttribute("href")])).toEqual([
      ["العربية", "/ar/"],
      ["Deutsch", "/de/"],
      ["日本語", "/ja/"],
    ]);
    expect(builtPage("/tags/ruby/").all(".post-list-title").map(textOf)).toEqual([
      "Ruby 3.3.1 Released",
      "Ruby 3.3.0 Released",
    ]);
    expect(builtPage("/de/").all(".post-list-title").map(textOf)).toEqual([
      "Ruby 3.3.1 veröffentlicht",
      "Ruby 3.3.0 veröffentlicht",
    ]);
  });

  it("has one feed per language, advertised on that language's pages; the site feed stays the site's language", () => {
    const items = (path: string) =>
      (xml.parse(readBuilt(path)).rss.channel.item as { title: string; link: string }[]).map((item) => item.title);
    const language = (path: string) => xml.parse(readBuilt(path)).rss.channel.language as string;
    expect(items("/ja/rss.xml")).toEqual(["Ruby 3.3.0 リリース"]);
    expect(language("/ja/rss.xml")).toBe("ja");
    expect(items("/de/rss.xml")).toEqual(["Ruby 3.3.1 veröffentlicht", "Ruby 3.3.0 veröffentlicht"]);
    expect(items("/ar/rss.xml")).toEqual(["إصدار Ruby 3.3.0"]);
    expect(items("/rss.xml")).toContain("Ruby 3.3.0 Released");
    expect(items("/rss.xml").some((title) => /リリース|veröffentlicht|إصدار/.test(title))).toBe(false);
    expect(language("/rss.xml")).toBe("en");
    for (const path of [RUBY_330.ja, "/ja/", "/ja/search/"]) {
      const feeds = builtPage(path).all('link[rel="alternate"][type="application/rss+xml"]');
      expect(feeds[0]?.getAttribute("href"), path).toBe(`${ORIGIN}/ja/rss.xml`);
    }
  });
});

describe("old addresses of every language", () => {
  it("redirect to the post in that language", () => {
    const expected = {
      "/en/news/2023/12/25/ruby-3-3-0-released/": [RUBY_330.en, "en"],
      "/ja/news/2023/12/25/ruby-3-3-0-released/": [RUBY_330.ja, "ja"],
      "/de/news/2023/12/25/ruby-3-3-0-released/": [RUBY_330.de, "de"],
      "/ar/news/2023/12/25/ruby-3-3-0-released/": [RUBY_330.ar, "ar"],
      "/de/news/2024/04/23/ruby-3-3-1-released/": ["/de/posts/ruby-3-3-1-veroeffentlicht/", "de"],
    };
    for (const [old, [to, lang]] of Object.entries(expected)) {
      const page = builtPage(old);
      expect(page.attr('meta[http-equiv="refresh"]', "content"), old).toBe(`0; url=${to}`);
      expect(page.attr("html", "lang"), old).toBe(lang);
    }
    const redirects = readBuilt("/_redirects");
    expect(redirects).toContain(`/ja/news/2023/12/25/ruby-3-3-0-released/ ${RUBY_330.ja} 301`);
  });
});
