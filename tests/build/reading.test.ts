import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtPage, fixtureDist, textOf } from "../support/fixture-site.ts";

describe("reading a post", () => {
  const seed = builtPage("/posts/fastapi-vs-django/");

  it("links every h2 and h3 to itself", () => {
    const headings = seed.all("article .prose h2, article .prose h3");
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings) {
      const anchor = heading.querySelector("a.heading-anchor");
      expect(anchor?.getAttribute("href"), textOf(heading)).toBe(`#${heading.getAttribute("id")}`);
    }
  });

  it("has a table of contents of its h2 and h3 sections, linked to them", () => {
    const entries = seed.all("nav.toc a");
    const sectionIds = seed
      .all("article .prose h2, article .prose h3")
      .map((heading) => `#${heading.getAttribute("id")}`);
    expect(entries.map((entry) => entry.getAttribute("href"))).toEqual(sectionIds);
    expect(textOf(entries[0])).toBe("The Quick Answer");
  });

  it("has no table of contents when it has fewer than three sections", () => {
    expect(builtPage("/posts/c-family/").all("nav.toc")).toHaveLength(0);
  });

  it("names the language of each code block", () => {
    const languages = seed.all("pre.astro-code").map((block) => block.getAttribute("data-language"));
    expect(new Set(languages)).toEqual(new Set(["python", "plaintext"]));
  });

  it("lists related posts by shared tags, never itself", () => {
    const related = builtPage("/posts/c-family/")
      .all(".related a")
      .map((link) => link.getAttribute("href"));
    expect(related).toEqual(["/posts/fastapi-vs-django/"]);
    const notes = builtPage("/posts/paginated-note-05/")
      .all(".related a")
      .map((link) => link.getAttribute("href"));
    expect(notes).toHaveLength(3);
    expect(notes).not.toContain("/posts/paginated-note-05/");
  });
});

describe("site pages", () => {
  it("has an about page with the author's text and links", () => {
    const about = builtPage("/about/");
    expect(about.text("h1")).toBe("About");
    expect(about.all("main li a").map(textOf)).toEqual(["GitHub", "RSS"]);
  });

  it("links home, archive, tags, categories, search, about and RSS from every page's header", () => {
    const labels = builtPage("/archive/").all("header nav a").map(textOf);
    expect(labels).toEqual(["Home", "Archive", "Tags", "Categories", "Search", "About", "RSS"]);
  });
});

describe("social cards", () => {
  it("gives every post a 1200×630 PNG card, named in og:image and JSON-LD", () => {
    for (const slug of ["fastapi-vs-django", "hostile-text", "c-family"]) {
      const page = builtPage(`/posts/${slug}/`);
      const cardUrl = `https://example.com/og/${slug}.png`;
      expect(page.attr('meta[property="og:image"]', "content")).toBe(cardUrl);
      expect(page.attr('meta[name="twitter:card"]', "content")).toBe("summary_large_image");
      const png = readFileSync(join(fixtureDist, "og", `${slug}.png`));
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });
});
