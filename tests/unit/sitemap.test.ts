import { describe, expect, it } from "vitest";
import { declaredLastModified, htmlFileForUrl } from "../../src/lib/outputs/sitemap.ts";

describe("htmlFileForUrl", () => {
  it("maps a page URL to its built file, under a base path too", () => {
    expect(htmlFileForUrl("https://example.com/", "/")).toBe("index.html");
    expect(htmlFileForUrl("https://example.com/posts/a/", "/")).toBe("posts/a/index.html");
    expect(htmlFileForUrl("https://example.com/blog/posts/a/", "/blog/")).toBe("posts/a/index.html");
    expect(htmlFileForUrl("https://example.com/tags/c%23/", "/")).toBe("tags/c#/index.html");
  });
});

describe("declaredLastModified", () => {
  it("reads the modification time a post page declares", () => {
    const html = '<head><meta property="article:modified_time" content="2024-12-01T00:00:00.000Z"></head>';
    expect(declaredLastModified(html)).toBe("2024-12-01T00:00:00.000Z");
    expect(declaredLastModified("<head></head>")).toBeUndefined();
  });
});
