import { describe, expect, it } from "vitest";
import { dateFromPath, postSlugFromPath, termSlug } from "../../src/lib/content/slugs.ts";

describe("termSlug", () => {
  it("keeps C, C++ and C# apart", () => {
    const slugs = ["C", "C++", "C#"].map(termSlug);
    expect(slugs).toEqual(["c", "c-plus-plus", "c-sharp"]);
    expect(new Set(slugs).size).toBe(3);
  });

  it("folds case variants into one slug", () => {
    expect(termSlug("Python")).toBe(termSlug("python"));
    expect(termSlug("FastAPI")).toBe("fastapi");
  });

  it("turns spaces and separators into single hyphens", () => {
    expect(termSlug("API Development")).toBe("api-development");
    expect(termSlug("  Web   Frameworks ")).toBe("web-frameworks");
    expect(termSlug("CI/CD")).toBe("ci-cd");
    expect(termSlug("R&D")).toBe("r-and-d");
  });

  it("keeps letters of other scripts", () => {
    expect(termSlug("日本語")).toBe("日本語");
    expect(termSlug("Ünïcödé")).toBe("ünïcödé");
  });
});

describe("postSlugFromPath", () => {
  it("drops a Jekyll date prefix and the extension", () => {
    expect(postSlugFromPath("2024-12-01-fastapi-vs-django.md")).toBe("fastapi-vs-django");
    expect(postSlugFromPath("src/content/posts/2024/2024-06-01-mdx-components.mdx")).toBe("mdx-components");
    expect(postSlugFromPath("2016-03-01-old-post.markdown")).toBe("old-post");
  });

  it("slugifies a name without a date", () => {
    expect(postSlugFromPath("My First Post.md")).toBe("my-first-post");
  });
});

describe("dateFromPath", () => {
  it("reads the date of a Jekyll file name", () => {
    expect(dateFromPath("posts/2024-12-01-fastapi-vs-django.md")).toBe("2024-12-01");
    expect(dateFromPath("notes.md")).toBeUndefined();
  });
});

describe("termSlug on odd names", () => {
  it("spells out a name of emoji alone", () => {
    expect(termSlug("🚀")).toBe("u1f680");
    expect(termSlug("🚀")).not.toBe(termSlug("🎉"));
  });

  it("keeps right-to-left letters", () => {
    expect(termSlug("עברית")).toBe("עברית");
  });

  it("keeps a very long name's slug short enough for a folder name, and distinct", () => {
    const long = "a".repeat(300);
    const slug = termSlug(long);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(Buffer.byteLength(slug)).toBeLessThan(255);
    expect(slug).not.toBe(termSlug(`${"a".repeat(299)}b`));
    expect(termSlug("א".repeat(300)).length).toBeLessThanOrEqual(80);
  });

  it("drops markup characters from a hostile name", () => {
    expect(termSlug("</script><script>alert(1)</script>")).toMatch(/^[a-z0-9-]+$/);
    expect(termSlug('"><img src=x onerror=alert(1)>')).toBe("img-srcx-onerroralert1");
  });
});
