import { describe, expect, it } from "vitest";
import { blogPostingData, documentTitle, jsonLdText } from "../../src/lib/outputs/metadata.ts";
import { site } from "../../src/site.config.ts";

describe("jsonLdText", () => {
  it("cannot close its script element early", () => {
    const text = jsonLdText({ headline: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text).headline).toBe("</script><script>alert(1)</script>");
  });
});

describe("documentTitle", () => {
  it("puts the page before the site", () => {
    expect(documentTitle("Tags")).toBe(`Tags · ${site.title}`);
    expect(documentTitle(undefined)).toBe(site.title);
  });
});

describe("blogPostingData", () => {
  it("describes a post for search engines", () => {
    const data = blogPostingData({
      title: "T",
      description: undefined,
      date: new Date("2024-12-01T00:00:00Z"),
      lastModified: new Date("2024-12-02T00:00:00Z"),
      tags: [{ name: "Python" }],
      author: undefined,
      absoluteUrl: "https://example.com/posts/t/",
      absoluteImageUrl: undefined,
    });
    expect(data).toMatchObject({
      "@type": "BlogPosting",
      headline: "T",
      datePublished: "2024-12-01T00:00:00.000Z",
      dateModified: "2024-12-02T00:00:00.000Z",
      keywords: ["Python"],
      author: { name: site.author.name },
    });
    expect(data).not.toHaveProperty("description");
  });
});

describe("blogPostingData for a guest post with an image", () => {
  it("names the post's own author and its image", () => {
    const data = blogPostingData({
      title: "T",
      description: "D",
      date: new Date("2024-12-01T00:00:00Z"),
      lastModified: new Date("2024-12-01T00:00:00Z"),
      tags: [],
      author: "Grace",
      absoluteUrl: "https://example.com/posts/t/",
      absoluteImageUrl: "https://example.com/cover.png",
    });
    expect(data).toMatchObject({
      author: { "@type": "Person", name: "Grace" },
      image: "https://example.com/cover.png",
    });
  });
});
