import { describe, expect, it } from "vitest";
import {
  mapFrontMatter,
  parsePostPath,
  readJekyllFrontMatter,
  titleFromSlug,
  type JekyllPostPath,
  type MappedFrontMatter,
} from "../../src/lib/import/jekyll/front-matter.ts";

const context = { jekyllTimeZone: "UTC", siteTimeZone: "UTC", modified: new Date("2020-05-06T07:08:09Z") };

/** Returns what a path says of a post, failing the test when it is not a post's. */
function pathOf(path: string): JekyllPostPath {
  const parsed = parsePostPath(path);
  if (!parsed) throw new Error(`${path} is not a post's path`);
  return parsed;
}

const postPath = pathOf("_posts/2016-03-01-hello-world.md");

function mapped(data: Record<string, unknown>, path: JekyllPostPath = postPath): MappedFrontMatter {
  const result = mapFrontMatter(data, path, context);
  if ("error" in result) throw new Error(result.error);
  return result;
}

describe("parsePostPath", () => {
  it("reads date, slug and extension from a post's name, and categories from folders above _posts", () => {
    expect(parsePostPath("travel/asia/_posts/2016/2016-3-1-Hello.World..markdown")).toEqual({
      path: "travel/asia/_posts/2016/2016-3-1-Hello.World..markdown",
      inDrafts: false,
      dateFromName: "2016-3-1",
      slug: "Hello.World",
      basename: "2016-3-1-Hello.World.",
      extension: "markdown",
      folderCategories: ["travel", "asia"],
    });
  });

  it("reads a draft's name without a date", () => {
    expect(parsePostPath("_drafts/idea.md")).toMatchObject({ inDrafts: true, dateFromName: undefined, slug: "idea" });
  });

  it("refuses a _posts file whose name does not start with a date, as Jekyll does", () => {
    expect(parsePostPath("_posts/README.txt")).toBeUndefined();
    expect(parsePostPath("_posts/2016-03-01-no-extension")).toBeUndefined();
  });
});

describe("readJekyllFrontMatter", () => {
  it("parses YAML with dates kept as text, and returns the body", () => {
    expect(readJekyllFrontMatter("---\ntitle: A\ndate: 2016-03-01\n---\nBody\n")).toEqual({
      data: { title: "A", date: "2016-03-01" },
      body: "Body\n",
    });
    expect(readJekyllFrontMatter("---\n---\nBody")).toEqual({ data: {}, body: "Body" });
  });

  it("returns nothing for a file without front matter and throws for bad YAML", () => {
    expect(readJekyllFrontMatter("Just text")).toBeUndefined();
    expect(() => readJekyllFrontMatter("---\ntitle: [unclosed\n---\n")).toThrow();
    expect(() => readJekyllFrontMatter("---\n- a list\n---\n")).toThrow("key: value");
  });
});

describe("mapFrontMatter", () => {
  it("writes only keys this blog knows, in order, and reports the others as dropped", () => {
    const result = mapped({
      layout: "post",
      title: "Hello",
      date: "2016-03-01 10:00:00 +0100",
      comments: true,
      share: false,
      tags: ["a"],
    });
    expect(result.frontMatter).toEqual({ title: "Hello", date: "2016-03-01 10:00:00 +0100", tags: ["a"] });
    expect(result.changes).toContain("front matter with no place here dropped: comments, share");
  });

  it("takes the date from the file name, and the title from the slug, when front matter has neither", () => {
    const result = mapped({});
    expect(result.frontMatter).toEqual({ title: "Hello World", date: "2016-03-01" });
    expect(result.changes).toEqual([
      "date 2016-03-01 taken from the file name",
      'no title: "Hello World" made from the file name',
    ]);
    expect(titleFromSlug("my-first-post")).toBe("My First Post");
  });

  it("splits space-separated tags and categories, and adds the singular keys", () => {
    const result = mapped({ tags: "ruby  jekyll", tag: "static sites", categories: "web dev", category: "Notes" });
    expect(result.frontMatter["tags"]).toEqual(["ruby", "jekyll", "static sites"]);
    expect(result.frontMatter["categories"]).toEqual(["web", "dev", "Notes"]);
    expect(result.categories).toEqual(["web", "dev", "Notes"]);
  });

  it("puts folder categories first, keeps list entries whole and drops repeats", () => {
    const path = pathOf("travel/_posts/2016-03-01-x.md");
    const result = mapped({ categories: ["Web Dev", "travel", 2016] }, path);
    expect(result.categories).toEqual(["travel", "Web Dev", "2016"]);
  });

  it("makes unpublished posts and _drafts drafts, with the draft's date from the file when it has none", () => {
    expect(mapped({ published: false }).frontMatter["draft"]).toBe(true);
    const draft = mapped({ title: "Idea" }, pathOf("_drafts/idea.md"));
    expect(draft.frontMatter).toEqual({ title: "Idea", date: "2020-05-06", draft: true });
    expect(draft.draft).toBe(true);
  });

  it("maps excerpt, last_modified_at, author objects and image variants", () => {
    const result = mapped({
      excerpt: "The <em>first</em>\n post.",
      last_modified_at: "2016-04-01",
      author: [{ name: "Jane" }, "Joe"],
      image: { path: "assets/cover.png" },
    });
    expect(result.frontMatter).toMatchObject({
      description: "The first post.",
      updated: "2016-04-01",
      author: "Jane and Joe",
      image: "/assets/cover.png",
    });
    expect(mapped({ header: { teaser: "{{ site.baseurl }}/t.png" } }).frontMatter["image"]).toBe("/t.png");
    expect(mapped({ image: "//cdn.example/i.png" }).frontMatter["image"]).toBe("https://cdn.example/i.png");
  });

  it("reports values it cannot map instead of writing them", () => {
    const result = mapped({ image: "not a path", author: {}, last_modified_at: "yesterday" });
    expect(result.frontMatter).not.toHaveProperty("image");
    expect(result.frontMatter).not.toHaveProperty("author");
    expect(result.frontMatter).not.toHaveProperty("updated");
    expect(result.attention).toHaveLength(3);
  });

  it("reads the post's own permalink, slug and jekyll-redirect-from paths", () => {
    const result = mapped({ permalink: "/custom/:title/", slug: "better", redirect_from: "old.html" });
    expect(result).toMatchObject({ permalink: "/custom/:title/", slug: "better", redirectFrom: ["/old.html"] });
    expect(mapped({ redirect_from: ["/a/", "/b.html"] }).redirectFrom).toEqual(["/a/", "/b.html"]);
  });

  it("takes the file name's day, flagged, for a date Ruby cannot read; fails only without one", () => {
    const mapped = mapFrontMatter({ date: "sometime in March" }, postPath, context);
    expect(mapped).toMatchObject({ attention: [expect.stringContaining('date "sometime in March" is not a date')] });
    expect(mapFrontMatter({ date: "sometime" }, { ...postPath, dateFromName: undefined }, context)).toEqual({
      error: 'date "sometime" is not a date Jekyll or this blog can read',
    });
  });

  it("writes titles as plain text, jemoji codes as emoji, and drops mathjax", () => {
    const mapped = mapFrontMatter({ title: "Ruby&nbsp;3 is *here* :tada:", mathjax: true }, postPath, {
      ...context,
      emoji: true,
    });
    expect(mapped).toMatchObject({ frontMatter: { title: "Ruby 3 is here 🎉" } });
    expect("changes" in mapped && mapped.changes).toContain(
      "mathjax: dropped: the blog renders math at build time without it",
    );
  });
});
