import { describe, expect, it } from "vitest";
import { builtPage, textOf } from "../support/fixture-site.ts";

describe("the seed post's page", () => {
  const page = builtPage("/posts/fastapi-vs-django/");

  it("shows its title, date, reading time and description", () => {
    expect(page.text("h1")).toBe("FastAPI vs Django: Choosing the Right Python Framework");
    expect(page.text("article .post-meta time")).toBe("December 1, 2024");
    expect(page.attr("article .post-meta time", "datetime")).toBe("2024-12-01");
    expect(page.text("article .post-meta")).toContain("6 min read");
    expect(page.attr('meta[name="description"]', "content")).toMatch(/^A practical comparison of FastAPI and Django/);
    expect(page.text("title")).toBe("FastAPI vs Django: Choosing the Right Python Framework · Field Notes");
  });

  it("renders its table", () => {
    expect(page.all("article table th").map(textOf)).toEqual(["Choose FastAPI When…", "Choose Django When…"]);
    expect(page.all("article table tbody tr")).toHaveLength(5);
  });

  it("highlights its code at build time in light and dark", () => {
    const blocks = page.all("article pre.astro-code");
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(page.attr("article pre.astro-code", "data-language")).toBe("python");
    // Colours are classes from src/styles/code.css (light `l…`, dark `d…`), never a style attribute.
    expect(page.html).toMatch(/<span class="l\d+ d\d+">from<\/span>/);
    expect(page.all("article pre.astro-code [style], article pre.astro-code[style]")).toEqual([]);
  });

  it("links its category and tags", () => {
    expect(page.all(".post-footer .categories a").map((node) => node.getAttribute("href"))).toEqual([
      "/categories/backend/",
    ]);
    expect(page.all(".post-footer .tags a").map((node) => node.getAttribute("href"))).toEqual([
      "/tags/python/",
      "/tags/fastapi/",
      "/tags/django/",
      "/tags/api-development/",
      "/tags/web-frameworks/",
    ]);
  });

  it("describes itself for search engines and the sitemap", () => {
    const jsonLd = JSON.parse(page.document.querySelector('script[type="application/ld+json"]')?.rawText ?? "");
    expect(jsonLd).toMatchObject({ "@type": "BlogPosting", datePublished: "2024-12-01T00:00:00.000Z" });
    expect(page.attr('link[rel="canonical"]', "href")).toBe("https://example.com/posts/fastapi-vs-django/");
    expect(page.attr('meta[property="article:modified_time"]', "content")).toBe("2024-12-01T00:00:00.000Z");
  });

  it("marks only the post body for the search index, with tags and categories as filters", () => {
    expect(page.all("[data-pagefind-body]")).toHaveLength(1);
    expect(page.all('[data-pagefind-filter="tag"]').map(textOf)).toEqual([
      "Python",
      "FastAPI",
      "Django",
      "API Development",
      "Web Frameworks",
    ]);
    expect(page.all('[data-pagefind-filter="category"]').map(textOf)).toEqual(["Backend"]);
    expect(page.attr("[data-pagefind-sort]", "data-pagefind-sort")).toBe("date:2024-12-01");
  });
});

describe("other posts", () => {
  it("renders a component an MDX post imports", () => {
    const page = builtPage("/posts/mdx-components/");
    expect(page.text("article aside.callout .callout-title")).toBe("Fixture callout");
    expect(page.text("article aside.callout")).toContain("This callout was rendered from a component.");
  });

  it("shows the updated date and computes a reading time left out", () => {
    const page = builtPage("/posts/c-family/");
    expect(page.text(".post-meta")).toBe("May 1, 2024 · Updated November 15, 2024 · 1 min read");
  });

  it("takes a time with an offset as written", () => {
    expect(builtPage("/posts/with-time-and-offset/").text(".post-meta time")).toBe("July 15, 2023");
  });

  it("links to the newer and older post", () => {
    const page = builtPage("/posts/same-day-a/");
    // Ruby 3.3.1 (2024-04-23, from the multilingual fixtures) sits between it and c-family (2024-05-01).
    expect(page.attr('.post-neighbours a[rel="next"]', "href")).toBe("/posts/ruby-3-3-1-released/");
    expect(page.attr('.post-neighbours a[rel="prev"]', "href")).toBe("/posts/same-day-b/");
  });
});

describe("listings", () => {
  it("lists ten posts a page on the home page, newest first, with a link to older ones", () => {
    const home = builtPage("/");
    const titles = home.all(".post-list-title a").map(textOf);
    expect(titles).toHaveLength(10);
    expect(titles.slice(0, 5)).toEqual([
      "FastAPI vs Django: Choosing the Right Python Framework",
      "Components in MDX",
      "Three languages named C",
      "Ruby 3.3.1 Released",
      "Same day, slug A",
    ]);
    expect(home.attr('.pagination a[rel="next"]', "href")).toBe("/page/2/");
    const second = builtPage("/page/2/");
    // 22 posts in the site's language (the Japanese, German and Arabic ones are listed at /ja/, /de/, /ar/).
    expect(second.all(".post-list-title a")).toHaveLength(10);
    expect(second.attr('.pagination a[rel="prev"]', "href")).toBe("/");
  });

  it("gives C, C++ and C# a page each, and folds python into Python", () => {
    for (const slug of ["c", "c-plus-plus", "c-sharp"]) {
      expect(builtPage(`/tags/${slug}/`).all(".post-list-title a").map(textOf)).toEqual(["Three languages named C"]);
    }
    expect(builtPage("/tags/c-plus-plus/").text("h1")).toBe("Tag: C++");
    const python = builtPage("/tags/python/");
    expect(python.text("h1")).toBe("Tag: Python");
    expect(python.all(".post-list-title a").map((node) => node.getAttribute("href"))).toEqual([
      "/posts/fastapi-vs-django/",
      "/posts/c-family/",
    ]);
  });

  it("paginates a tag with more than ten posts", () => {
    expect(builtPage("/tags/notes/").all(".post-list-title a")).toHaveLength(10);
    expect(builtPage("/tags/notes/page/2/").all(".post-list-title a").map(textOf)).toEqual(["Paginated note 01"]);
  });

  it("counts posts on the tags and categories indexes", () => {
    const tags = builtPage("/tags/").all(".term-index li").map(textOf);
    expect(tags).toContain("Python (2)");
    expect(tags).toContain("C++ (1)");
    expect(tags).toContain("Notes (11)");
    expect(builtPage("/categories/").all(".term-index li").map(textOf)).toEqual([
      `"><img src=x onerror=alert('category')> (1)`,
      "Backend (1)",
      "Frontend (1)",
      "Journal (11)",
      "Languages (1)",
    ]);
    expect(builtPage("/categories/backend/").all(".post-list-title a").map(textOf)).toEqual([
      "FastAPI vs Django: Choosing the Right Python Framework",
    ]);
  });

  it("groups the archive by year, newest first", () => {
    const archive = builtPage("/archive/");
    // With the English Ruby 3.3.1 (2024) and 3.3.0 (2023) announcements; the archive lists the site's language only.
    expect(archive.all("main h2").map(textOf)).toEqual(["2024 (7)", "2023 (4)", "2022 (11)"]);
  });

  it("has a 404 page kept out of search engines", () => {
    const page = builtPage("/404.html");
    expect(page.text("h1")).toBe("Page not found");
    expect(page.attr('meta[name="robots"]', "content")).toBe("noindex");
  });
});

describe("the 404 page", () => {
  it("claims no canonical address, since it is served at every missing one", () => {
    const page = builtPage("/404.html");
    expect(page.all('link[rel="canonical"]')).toHaveLength(0);
    expect(page.all('meta[property="og:url"]')).toHaveLength(0);
  });
});
