import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site.ts";
import { fixturePostDirs, projectRoot } from "../support/fixture-site.ts";

/** A project site on GitHub Pages: served from `https://<owner>.github.io/<repo>/`. */
const siteOrigin = "https://owner.github.io";
const basePath = "/blog/";
const baseDist = join(projectRoot, "tests/.output/base-dist");

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["item", "url", "sitemap"].includes(name),
});

interface Link {
  /** The file the link was found in, relative to the output folder. */
  file: string;
  url: string;
}

function builtFiles(folder = baseDist): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [relative(baseDist, path)];
  });
}

/** Returns the public URL a built file is served at under the base path. */
function publicUrl(file: string): string {
  return new URL(`${basePath}${file.replace(/(^|\/)index\.html$/, "$1")}`, siteOrigin).href;
}

/** Returns the built file a public URL is served from, or why it is not one of the site's files. */
function fileForUrl(url: URL): { file: string } | { problem: string } {
  if (!url.pathname.startsWith(basePath)) return { problem: `outside ${basePath}` };
  const withinSite = decodeURIComponent(url.pathname.slice(basePath.length));
  const file = withinSite === "" || withinSite.endsWith("/") ? `${withinSite}index.html` : withinSite;
  return existsSync(join(baseDist, file)) ? { file } : { problem: `no file ${file}` };
}

/** Every URL in an HTML page a browser would follow or fetch, plus its canonical and Open Graph URLs. */
function htmlLinks(file: string): Link[] {
  const document = parse(readFileSync(join(baseDist, file), "utf8"));
  const urls = [
    ...document.querySelectorAll("[href]").map((node) => node.getAttribute("href") ?? ""),
    ...document.querySelectorAll("[src]").map((node) => node.getAttribute("src") ?? ""),
    ...document
      .querySelectorAll("[srcset]")
      .flatMap((node) => (node.getAttribute("srcset") ?? "").split(",").map((entry) => entry.trim().split(/\s+/)[0]!)),
    ...document.querySelectorAll('meta[property="og:url"]').map((node) => node.getAttribute("content") ?? ""),
  ];
  return urls.map((url) => ({ file, url: new URL(url, publicUrl(file)).href }));
}

/** Every URL in an RSS feed: channel and item links, guids, `atom:link` and the links inside post content. */
function feedLinks(file: string): Link[] {
  const text = readFileSync(join(baseDist, file), "utf8");
  const channel = xml.parse(text).rss.channel;
  const items: { link: string; guid: { "#text": string }; "content:encoded"?: string }[] = channel.item ?? [];
  const contentUrls = items.flatMap((item) =>
    parse(item["content:encoded"] ?? "")
      .querySelectorAll("[href], [src]")
      .map((node) => node.getAttribute("href") ?? node.getAttribute("src") ?? ""),
  );
  const urls: string[] = [
    channel.link,
    channel["atom:link"]["@_href"],
    ...items.flatMap((item) => [item.link, item.guid["#text"]]),
    ...contentUrls,
  ];
  return urls.map((url) => ({ file, url: new URL(url, publicUrl(file)).href }));
}

/** Every `loc` in the sitemap index and the sitemaps it lists, and the sitemap robots.txt names. */
function sitemapLinks(): Link[] {
  const index: { loc: string }[] = xml.parse(readFileSync(join(baseDist, "sitemap-index.xml"), "utf8")).sitemapindex
    .sitemap;
  const links = index.map((entry) => ({ file: "sitemap-index.xml", url: entry.loc }));
  for (const { url } of [...links]) {
    const located = fileForUrl(new URL(url));
    if (!("file" in located)) continue;
    const urls: { loc: string }[] = xml.parse(readFileSync(join(baseDist, located.file), "utf8")).urlset.url;
    links.push(...urls.map((entry) => ({ file: located.file, url: entry.loc })));
  }
  const robots = readFileSync(join(baseDist, "robots.txt"), "utf8");
  for (const [, url] of robots.matchAll(/^Sitemap: (\S+)$/gm)) links.push({ file: "robots.txt", url: url! });
  return links;
}

let files: string[] = [];

beforeAll(() => {
  rmSync(baseDist, { recursive: true, force: true });
  buildSite({ BASE_PATH: basePath, SITE_URL: siteOrigin, BLOG_POSTS_DIRS: fixturePostDirs, BLOG_OUT_DIR: baseDist });
  files = builtFiles();
});

describe(`a build with BASE_PATH=${basePath}`, () => {
  it("links every page, asset, feed and sitemap entry to a file under the sub-path", () => {
    const pages = files.filter((file) => file.endsWith(".html"));
    const feeds = files.filter((file) => file.endsWith("rss.xml"));
    const links = [...pages.flatMap(htmlLinks), ...feeds.flatMap(feedLinks), ...sitemapLinks()];
    const internal = links.filter((link) => new URL(link.url).origin === siteOrigin);
    const broken = internal.flatMap((link) => {
      const located = fileForUrl(new URL(link.url));
      return "problem" in located ? [`${link.file}: ${link.url} (${located.problem})`] : [];
    });

    expect(broken).toEqual([]);
    // The fixture build has dozens of pages and a feed per tag; all of them were read.
    expect(pages.length).toBeGreaterThan(40);
    expect(feeds.length).toBeGreaterThan(10);
    const linked = new Set(internal.map((link) => new URL(link.url).pathname));
    for (const path of ["/blog/", "/blog/favicon.svg", "/blog/rss.xml", "/blog/posts/fastapi-vs-django/"])
      expect(linked).toContain(path);
  });

  it("gives every page its canonical URL under the sub-path (an old address's page, the post's it leads to)", () => {
    for (const file of files.filter((file) => file.endsWith(".html") && file !== "404.html")) {
      const page = parse(readFileSync(join(baseDist, file), "utf8"));
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute("href");
      const redirect = page.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content");
      const expected = redirect ? new URL(redirect.replace(/^0; url=/, ""), siteOrigin).href : publicUrl(file);
      expect(canonical, file).toBe(expected);
    }
  });

  it("names each post's social card under the sub-path, and the card is there", () => {
    const post = parse(readFileSync(join(baseDist, "posts/fastapi-vs-django/index.html"), "utf8"));
    const image = post.querySelector('meta[property="og:image"]')?.getAttribute("content");
    expect(image).toBe(`${siteOrigin}/blog/og/fastapi-vs-django.png`);
    expect(files).toContain("og/fastapi-vs-django.png");
  });

  it("points the search page at Pagefind's files under the sub-path", () => {
    const search = parse(readFileSync(join(baseDist, "search/index.html"), "utf8"));
    const shards = JSON.parse(search.querySelector("blog-search")?.getAttribute("data-shards") ?? "[]") as string[];
    expect(shards).toEqual(["/blog/pagefind/en-2024/", "/blog/pagefind/en-2023/", "/blog/pagefind/en-2022/"]);
    expect(search.querySelector("blog-search")?.getAttribute("data-base-url")).toBe("/blog/");
    for (const shard of shards) expect(files).toContain(`${shard.replace("/blog/", "")}pagefind.js`);
  });
});
