// Issue 11: careless and hostile posts that pass the check, built into a site of their own
// (tests/fixtures/hostile-build/), and read back as a reader, a feed reader and the search index read them.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { termSlug } from "../../src/lib/content/slugs.ts";
import { searchFilterValue } from "../../src/lib/outputs/search.ts";
import { buildSite, runBuild } from "../support/build-site.ts";
import { projectRoot, textOf } from "../support/fixture-site.ts";

const outDir = join(projectRoot, "tests/.output/hostile-dist");
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "category" });

const read = (path: string) => readFileSync(join(outDir, path), "utf8");
const page = (path: string): HTMLElement => parse(read(`${path}index.html`));

interface FeedItem {
  title: string;
  link: string;
  description?: string;
  "content:encoded": string;
  "dc:creator": string;
  category?: string[];
}
const feedItems = (): FeedItem[] => xml.parse(read("rss.xml")).rss.channel.item;
const feedItem = (slug: string) => feedItems().find((item) => item.link.endsWith(`/posts/${slug}/`));

/** Every file the build wrote, relative to the output folder. */
function builtFiles(dir = outDir, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

beforeAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  buildSite({ BLOG_POSTS_DIRS: "src/content/posts:tests/fixtures/hostile-build", BLOG_OUT_DIR: outDir });
});

describe("files that are not posts are never published (item 1)", () => {
  it("publishes the victim's own text at /posts/victim/, not a hidden `.victim.md`, and no `_drafts/`", () => {
    expect(textOf(page("/posts/victim/").querySelector(".prose"))).toBe("The text the victim wrote.");
    const texts = builtFiles()
      .filter((file) => /\.(html|xml|json)$/.test(file))
      .map(read);
    expect(
      texts.filter((text) => text.includes("must never be published") || text.includes("Not for publishing")),
    ).toEqual([]);
    expect(builtFiles().filter((file) => file.startsWith("posts/secret/"))).toEqual([]);
  });

  it("publishes a post in a symlinked folder, which the check read too", () => {
    expect(textOf(page("/posts/linked-post/").querySelector("h1"))).toBe("A post in a symlinked folder");
  });
});

describe("MDX_POSTS=refuse (item 5)", () => {
  it("stops the build before anything runs, naming each MDX post", () => {
    const failedOut = join(projectRoot, "tests/.output/hostile-mdx-dist");
    rmSync(failedOut, { recursive: true, force: true });
    const { status, output } = runBuild({
      MDX_POSTS: "refuse",
      BLOG_POSTS_DIRS: "src/content/posts:tests/fixtures/posts",
      BLOG_OUT_DIR: failedOut,
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      "tests/fixtures/posts/2024-06-01-mdx-components.mdx:1: MDX posts are refused on this site (MDX_POSTS=refuse)",
    );
    expect(() => readdirSync(failedOut)).toThrow();
  });
});

describe("one front matter reader for the check and the build (items 7 and 8)", () => {
  const post = () => page("/posts/date-title/");

  it("builds `title: 2023-12-31` as the title written, not a date", () => {
    expect(textOf(post().querySelector("h1"))).toBe("2023-12-31");
  });

  it("ends front matter at a fence with a trailing space and keeps the body's later --- rule", () => {
    const body = post().querySelector(".prose");
    expect(body?.querySelectorAll("hr")).toHaveLength(1);
    expect(textOf(body)).toBe("The closing fence above has a trailing space. A rule above, and text after it.");
  });
});

describe("plain-text front matter stays text in every output, decoded as its consumer decodes it (item 16)", () => {
  const post = () => page("/posts/date-title/");
  const description = "Why <main> matters";
  const author = "Eve <b>bold</b> \u202e txet";
  const tag = "<i>tag</i>";

  it("in the page's HTML and attributes", () => {
    expect(post().querySelectorAll("main")).toHaveLength(1);
    expect(post().querySelectorAll("b, i")).toHaveLength(0);
    expect(post().querySelector('meta[name="description"]')?.getAttribute("content")).toBe(description);
    expect(post().querySelectorAll(".post-footer .tags a").map(textOf)).toEqual([tag]);
  });

  it("in JSON-LD", () => {
    const jsonLd = post().querySelector('script[type="application/ld+json"]')?.rawText ?? "";
    expect(jsonLd).not.toContain("<");
    expect(JSON.parse(jsonLd)).toMatchObject({ description, keywords: [tag], author: { name: author } });
  });

  it("in RSS: <description> read as HTML holds only text; <title>, <dc:creator> and <category> are the text", () => {
    const item = feedItem("date-title");
    const descriptionHtml = parse(`<div>${item?.description ?? ""}</div>`);
    expect(descriptionHtml.querySelectorAll("div *")).toHaveLength(0);
    expect(textOf(descriptionHtml)).toBe(description);
    expect(item?.title).toBe("2023-12-31");
    expect(item?.["dc:creator"]).toBe(author);
    expect(item?.category).toEqual([tag]);
  });

  it("in the sitemap, as the tag page's address", () => {
    const urls = xml.parse(read("sitemap-0.xml")).urlset.url.map((url: { loc: string }) => url.loc);
    expect(urls).toContain(`https://example.com/tags/${termSlug(tag)}/`);
  });

  it("in the Pagefind record: the filter value Pagefind reads cannot form a tag", () => {
    const filters = post()
      .querySelectorAll("[data-pagefind-filter]")
      .map((element) => element.text);
    expect(filters).toContain(searchFilterValue(tag));
    expect(filters.join("")).not.toMatch(/[<>]/);
  });
});

describe("a post body cannot put markup into the search index (item 4)", () => {
  const post = () => page("/posts/body-filter/");

  it("leaves only the layout's own Pagefind attributes on the page", () => {
    const marked = post().querySelectorAll("[data-pagefind-filter], [data-pagefind-meta], [data-pagefind-body]");
    expect(marked.filter((element) => element.closest(".prose"))).toEqual([]);
    expect(
      post()
        .querySelectorAll("[data-pagefind-filter]")
        .map((element) => element.text),
    ).toEqual(["2024", "Honest"]); // the layout's year filter, then the post's own tag
    expect(textOf(post().querySelector(".prose"))).toContain("A fake result title");
  });
});

describe("the feed cleaner (items 3 and 10)", () => {
  it("drops disguised script links, srcdoc and formaction", () => {
    const content = feedItem("body-filter")?.["content:encoded"] ?? "";
    expect(content).toContain("tab in the scheme");
    expect(content).not.toMatch(/javascript|srcdoc|formaction|<iframe|<form|<button/i);
  });

  it("carries 3,000 nested quotes", () => {
    const content = feedItem("deep-quotes")?.["content:encoded"] ?? "";
    expect(content.match(/<blockquote>/g)).toHaveLength(3000);
    expect(content).toContain("deep");
  });
});

describe("headings and dates (items 12 and 15)", () => {
  it("gives emoji-only headings ids, and every in-page link a target", () => {
    const post = () => page("/posts/emoji-headings/");
    expect(
      post()
        .querySelectorAll(".prose h2")
        .map((heading) => heading.id),
    ).toEqual(["section", "section-1", "plain-words"]);
    const ids = new Set(
      post()
        .querySelectorAll("[id]")
        .map((element) => element.id),
    );
    const fragments = post()
      .querySelectorAll('a[href^="#"]')
      .map((link) => link.getAttribute("href")?.slice(1));
    expect(fragments.filter((id) => !id || !ids.has(id))).toEqual([]);
  });

  it("publishes a post dated 0001-01-01 in year 1, not 1901", () => {
    const post = () => page("/posts/year-one/");
    expect(post().querySelector("time")?.getAttribute("datetime")).toMatch(/^0001-01-01/);
    expect(feedItems().find((item) => item.title === "Year one")).toBeDefined();
    expect(read("rss.xml")).toContain("<pubDate>Mon, 01 Jan 0001 00:00:00 GMT</pubDate>");
  });

  it("isolates a title holding U+202E wherever lists and navigation show it", () => {
    for (const path of ["/", "/archive/", "/tags/honest/"]) {
      const link = page(path).querySelector('a[href="/posts/body-filter/"]');
      expect(link?.getAttribute("dir") ?? link?.closest("bdi")?.tagName, path).toBeTruthy();
    }
    const neighbours = page("/posts/emoji-headings/").querySelectorAll("bdi").map(textOf);
    expect(neighbours.some((text) => text.includes("\u202e"))).toBe(true);
  });
});

describe("SITE_URL and BASE_PATH (item 11)", () => {
  it.each([
    ["SITE_URL", "javascript:alert(1)"],
    ["SITE_URL", "example.com"],
    ["SITE_URL", ""],
    ["SITE_URL", "https://example.com/blog"],
    ["BASE_PATH", "//evil.example/"],
    ["BASE_PATH", "../"],
  ])("stops the build on %s=%j, saying which setting and what it expects, and writes nothing", (name, value) => {
    const failedOut = join(projectRoot, "tests/.output/hostile-settings-dist");
    rmSync(failedOut, { recursive: true, force: true });
    const { status, output } = runBuild({ [name]: value, BLOG_OUT_DIR: failedOut });
    expect(status).not.toBe(0);
    expect(output).toContain(`${name}=${JSON.stringify(value)} cannot be used: expected`);
    expect(() => readdirSync(failedOut)).toThrow();
  });
});
