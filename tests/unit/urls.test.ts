import { describe, expect, it } from "vitest";
import {
  languageFeedUrl,
  languageHomeUrl,
  postUrl,
  searchUrl,
  siteHref,
  socialCardUrl,
  withBaseIfRootRelative,
} from "../../src/lib/urls/urls.ts";

describe("withBaseIfRootRelative", () => {
  it("puts the base in front of a site path once", () => {
    expect(withBaseIfRootRelative("/posts/x/", "/blog/")).toBe("/blog/posts/x/");
    expect(withBaseIfRootRelative("/blog/og/x.png", "/blog/")).toBe("/blog/og/x.png");
    expect(withBaseIfRootRelative("/blog-ideas/", "/blog/")).toBe("/blog/blog-ideas/");
  });

  it("leaves absolute, protocol-relative and relative URLs alone", () => {
    expect(withBaseIfRootRelative("https://cdn.example.org/a.png", "/blog/")).toBe("https://cdn.example.org/a.png");
    expect(withBaseIfRootRelative("//cdn.example.org/a.png", "/blog/")).toBe("//cdn.example.org/a.png");
    expect(withBaseIfRootRelative("images/a.png", "/blog/")).toBe("images/a.png");
    expect(withBaseIfRootRelative("/posts/x/", "/")).toBe("/posts/x/");
  });
});

describe("siteHref", () => {
  it("uses the site's own base (here /)", () => {
    expect(siteHref("/images/a.png")).toBe("/images/a.png");
    expect(siteHref("https://github.com/")).toBe("https://github.com/");
  });
});

describe("language URLs", () => {
  it("keeps the site's language at the root and gives each other language its folder", () => {
    expect(postUrl("x")).toBe("/posts/x/");
    expect(postUrl("x", "en")).toBe("/posts/x/");
    expect(postUrl("x", "ja")).toBe("/ja/posts/x/");
    expect(postUrl("x", "pt-BR")).toBe("/pt-br/posts/x/");
    expect(languageHomeUrl("en")).toBe("/");
    expect(languageHomeUrl("ja", 2)).toBe("/ja/page/2/");
    expect(languageFeedUrl("en")).toBe("/rss.xml");
    expect(languageFeedUrl("de")).toBe("/de/rss.xml");
    expect(searchUrl({}, "ar")).toBe("/ar/search/");
    expect(socialCardUrl("x", "de")).toBe("/og/x.de.png");
    expect(socialCardUrl("x")).toBe("/og/x.png");
  });
});
