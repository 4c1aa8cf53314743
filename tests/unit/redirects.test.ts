import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { toPost } from "../../src/lib/content/posts.ts";
import { checkRedirects } from "../../src/lib/checks/redirect-check.ts";
import { legacyRedirectPaths, legacyRedirects, redirectPage, redirectsFile } from "../../src/lib/outputs/redirects.ts";
import { redirectFile, siteConflict } from "../../src/lib/urls/site-paths.ts";
import { postEntry } from "../support/entries.ts";
import { projectRoot } from "../support/fixture-site.ts";

const now = new Date("2025-01-01T00:00:00Z");
const post = (id: string, redirectFrom: string[], title = `Title of ${id}`) =>
  toPost(postEntry(id, { date: "2024-01-01", title, redirect_from: redirectFrom }), now);

describe("redirectFile", () => {
  it("names the file an old path was served from, as Jekyll wrote it", () => {
    expect(redirectFile("/2016/03/01/hello.html")).toBe("2016/03/01/hello.html");
    expect(redirectFile("/2016/03/01/hello/")).toBe("2016/03/01/hello/index.html");
    expect(redirectFile("/notes/2019/custom")).toBe("notes/2019/custom.html");
    expect(redirectFile("/web%20dev/caf%C3%A9.html")).toBe("web dev/café.html");
    expect(redirectFile("/100%/")).toBe("100%/index.html");
  });
});

describe("siteConflict", () => {
  it("finds old paths the site serves itself: posts' addresses and its own pages", () => {
    expect(siteConflict("/posts/a/", ["a", "b"])).toEqual({ kind: "post", slug: "a" });
    expect(siteConflict("/posts/b", ["a", "b"])).toEqual({ kind: "post", slug: "b" });
    expect(siteConflict("/posts/b/index.html", ["b"])).toEqual({ kind: "post", slug: "b" });
    for (const path of ["/", "/index.html", "/feed.xml", "/rss.xml", "/tags/", "/tags/x/", "/page/2/", "/about/"]) {
      expect(siteConflict(path, []), path).toEqual({ kind: "page" });
    }
    expect(siteConflict("/posts/renamed/", ["a"])).toBeUndefined();
    expect(siteConflict("/2016/03/01/a.html", ["a"])).toBeUndefined();
  });

  it("reserves what another language's folder holds, and leaves its old Jekyll addresses free", () => {
    const languages = new Set(["ja", "pt-br"]);
    for (const path of ["/ja/", "/ja/index.html", "/ja/page/2/", "/ja/rss.xml", "/ja/search/", "/pt-br/posts/x/"]) {
      expect(siteConflict(path, [], languages), path).toEqual({ kind: "page" });
    }
    expect(siteConflict("/ja/news/2023/12/25/ruby-3-3-0-released/", [], languages)).toBeUndefined();
    expect(siteConflict("/de/", [], languages)).toBeUndefined();
  });

  it("lets an old path in another language's folder redirect, and only the site's language live at /posts/", () => {
    expect(
      checkRedirects([
        { file: "en.md", slug: "x", redirectFrom: ["/en/news/x/"] },
        { file: "ja.md", slug: "x", lang: "ja", redirectFrom: ["/ja/news/x/", "/posts/x/"] },
      ]),
    ).toEqual([
      {
        file: "ja.md",
        field: "redirect_from.1",
        message: "/posts/x/ is the address of en.md: a redirect there would replace that post; remove it",
      },
    ]);
  });

  it("covers every page src/pages builds at a fixed address", () => {
    // posts/ holds only posts, whose addresses are checked by slug: an old /posts/renamed/ may redirect.
    const pages = readdirSync(join(projectRoot, "src/pages"), { withFileTypes: true }).filter(
      (entry) => !entry.name.startsWith("[") && entry.name !== "posts",
    );
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const name = page.name.replace(/\.(astro|ts|md)$/, "");
      const path = page.isDirectory() ? `/${name}/x/` : /\.\w+$/.test(name) ? `/${name}` : `/${name}/`;
      const sitePath = name === "404" ? "/404.html" : path;
      expect(siteConflict(sitePath, []), `${page.name} serves ${sitePath}`).toEqual({ kind: "page" });
    }
  });
});

describe("checkRedirects", () => {
  it("accepts old paths that nothing else claims", () => {
    expect(
      checkRedirects([
        { file: "a.md", slug: "a", redirectFrom: ["/2016/a.html", "/old-a/"] },
        { file: "b.md", slug: "b", redirectFrom: ["/2016/b.html"] },
      ]),
    ).toEqual([]);
  });

  it("names both posts when two claim one file, however they spell it", () => {
    const problems = checkRedirects([
      { file: "a.md", slug: "a", redirectFrom: ["/old/x.html"] },
      { file: "b.md", slug: "b", redirectFrom: ["/old/x"] },
    ]);
    expect(problems).toEqual([
      {
        file: "a.md",
        field: "redirect_from.0",
        message: "/old/x.html redirects from the same file, old/x.html, as /old/x (b.md): keep one",
      },
      {
        file: "b.md",
        field: "redirect_from.0",
        message: "/old/x redirects from the same file, old/x.html, as /old/x.html (a.md): keep one",
      },
    ]);
  });

  it("refuses a post's own address, another post's, and the site's pages", () => {
    const problems = checkRedirects([
      { file: "a.md", slug: "a", redirectFrom: ["/posts/a/", "/posts/b/", "/feed.xml"] },
      { file: "b.md", slug: "b", redirectFrom: [] },
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      "/posts/a/ is this post's own address: remove it",
      "/posts/b/ is the address of b.md: a redirect there would replace that post; remove it",
      "/feed.xml is one of the site's own pages: remove it",
    ]);
    expect(problems.map((problem) => problem.field)).toEqual(["redirect_from.0", "redirect_from.1", "redirect_from.2"]);
  });
});

describe("legacyRedirects", () => {
  it("lists every old path of the given posts, sorted by file, leading to each post", () => {
    const redirects = legacyRedirects([post("b", ["/2016/b/"]), post("a", ["/2016/a.html", "/a-old"])]);
    expect(redirects).toEqual([
      { from: "/2016/a.html", file: "2016/a.html", to: "/posts/a/", title: "Title of a", lang: "en" },
      { from: "/2016/b/", file: "2016/b/index.html", to: "/posts/b/", title: "Title of b", lang: "en" },
      { from: "/a-old", file: "a-old.html", to: "/posts/a/", title: "Title of a", lang: "en" },
    ]);
    expect(legacyRedirectPaths([post("a", ["/x/"])])).toEqual([
      {
        params: { legacy: "x/index.html" },
        props: { redirect: { from: "/x/", file: "x/index.html", to: "/posts/a/", title: "Title of a", lang: "en" } },
        // The page's key for incremental builds (src/lib/outputs/page-key.ts).
        cacheKey: expect.stringMatching(/^[\w-]{43}$/),
      },
    ]);
  });

  it("stops the build, naming both posts, when two claim one old path", () => {
    expect(() => legacyRedirects([post("a", ["/same/"]), post("b", ["/same/index.html"])])).toThrow(
      /src\/content\/posts\/a\.md: redirect_from\.0: \/same\/ redirects from the same file, same\/index\.html, as \/same\/index\.html \(src\/content\/posts\/b\.md\)/,
    );
  });
});

describe("redirectPage", () => {
  const html = redirectPage(
    { from: "/old.html", file: "old.html", to: "/posts/a/", title: 'Tom & "Jerry" <3', lang: "en" },
    "https://blog.example.org",
    "en",
  );
  const document = parse(html);

  it("sends the reader on with a meta refresh, names the canonical URL and asks not to be indexed", () => {
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe("0; url=/posts/a/");
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      "https://blog.example.org/posts/a/",
    );
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(document.querySelector("html")?.getAttribute("lang")).toBe("en");
  });

  it("has a visible link with the title as text, and no script", () => {
    const link = document.querySelector("body a");
    expect(link?.getAttribute("href")).toBe("/posts/a/");
    expect(link?.textContent).toBe('Tom & "Jerry" <3');
    expect(html).toContain("Tom &amp; &quot;Jerry&quot; &lt;3");
    expect(html).not.toMatch(/<script/i);
  });
});

describe("redirectsFile", () => {
  it("writes one `old new 301` line per old path, for Netlify and Cloudflare Pages", () => {
    const text = redirectsFile(legacyRedirects([post("a", ["/web%20dev/a.html", "/a/"])]));
    expect(text.split("\n").filter((line) => line && !line.startsWith("#"))).toEqual([
      "/a/ /posts/a/ 301",
      "/web%20dev/a.html /posts/a/ 301",
    ]);
    expect(redirectsFile([])).toMatch(/^# .*\n$/);
  });
});
