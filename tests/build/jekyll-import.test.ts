import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import yaml from "js-yaml";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, childEnv, runBuild } from "../support/build-site.ts";
import { projectRoot, textOf } from "../support/fixture-site.ts";

const output = "tests/.output/jekyll-import";
const dist = join(projectRoot, output, "dist");
/** The blog's public/ folder for these builds: a copy of the real one, plus the files the imports copy in. */
const publicFolder = `${output}/public`;

/** The fixture sites, imported in this order, each into its own folder. */
const sites = [
  { name: "date", fixture: "tests/fixtures/jekyll-site" },
  { name: "pretty", fixture: "tests/fixtures/jekyll-pretty" },
  { name: "custom", fixture: "tests/fixtures/jekyll-custom" },
  // Shaped on real sites: a news site in several languages reading _data/, an Octopress blog, a math blog.
  { name: "news", fixture: "tests/fixtures/jekyll-news" },
  { name: "octopress", fixture: "tests/fixtures/jekyll-octopress" },
  { name: "math", fixture: "tests/fixtures/jekyll-math" },
].map((site) => ({ ...site, out: `${output}/${site.name}` }));

/**
 * Every URL the fixture sites' posts had, worked out by hand from Jekyll's rules, the file a static host
 * serves it from, and the post it must now lead to.
 */
const oldUrls: [oldUrl: string, file: string, newUrl: string][] = [
  // permalink: date (Jekyll's default), categories first, dates in America/New_York.
  ["/jekyll/meta/2016/03/01/hello-world.html", "jekyll/meta/2016/03/01/hello-world.html", "/posts/hello-world/"],
  // 02:30 in Berlin on March 1st was still February 29th in New York.
  ["/notes/2016/02/29/late-night.html", "notes/2016/02/29/late-night.html", "/posts/late-night/"],
  // `category: Web Dev`: one category, lowercased, its space escaped.
  ["/web%20dev/2016/04/02/space-separated.html", "web dev/2016/04/02/space-separated.html", "/posts/space-separated/"],
  ["/notes/2016/05/03/html-post.html", "notes/2016/05/03/html-post.html", "/posts/html-post/"],
  ["/2016/06/04/kramdown-things.html", "2016/06/04/kramdown-things.html", "/posts/kramdown-things/"],
  // The post's own `permalink: /custom/:title/`, and its jekyll-redirect-from path.
  ["/custom/custom-permalink/", "custom/custom-permalink/index.html", "/posts/custom-permalink/"],
  ["/very-old-address/", "very-old-address/index.html", "/posts/custom-permalink/"],
  // `:title` keeps the file name's case.
  ["/2017/01/01/Mixed-Case.html", "2017/01/01/Mixed-Case.html", "/posts/mixed-case/"],
  // The seed post has the slug fastapi-vs-django, so this one gets the year.
  [
    "/backend/2017/02/02/fastapi-vs-django.html",
    "backend/2017/02/02/fastapi-vs-django.html",
    "/posts/fastapi-vs-django-2017/",
  ],
  // travel/_posts/: the folder is a category.
  ["/travel/2017/05/05/folder-category.html", "travel/2017/05/05/folder-category.html", "/posts/folder-category/"],
  // permalink: pretty, no time zone (UTC).
  ["/news/2018/01/01/pretty-first/", "news/2018/01/01/pretty-first/index.html", "/posts/pretty-first/"],
  ["/2018/02/02/pretty-second/", "2018/02/02/pretty-second/index.html", "/posts/pretty-second/"],
  ["/old-second.html", "old-second.html", "/posts/pretty-second/"],
  // permalink: /notes/:year/:slug, no extension: Jekyll wrote notes/2019/custom-pattern.html.
  ["/notes/2019/custom-pattern", "notes/2019/custom-pattern.html", "/posts/custom-pattern/"],
  // A date Ruby cannot read: the file name's day, flagged, not a failed post.
  ["/2017/03/03/bad-date.html", "2017/03/03/bad-date.html", "/posts/bad-date/"],
  // Three translations sharing one file name under <lang>/news/_posts: three posts, three old URLs.
  [
    "/en/news/2023/12/25/ruby-3-3-0-released/",
    "en/news/2023/12/25/ruby-3-3-0-released/index.html",
    "/posts/ruby-3-3-0-released/",
  ],
  [
    "/ja/news/2023/12/25/ruby-3-3-0-released/",
    "ja/news/2023/12/25/ruby-3-3-0-released/index.html",
    "/ja/posts/ruby-3-3-0-released/",
  ],
  [
    "/de/news/2023/12/25/ruby-3-3-0-released/",
    "de/news/2023/12/25/ruby-3-3-0-released/index.html",
    "/de/posts/ruby-3-3-0-released/",
  ],
  // Octopress: 21:30 in Los Angeles on March 5th; `11-9-2017` and a repeated year read as Ruby reads them.
  [
    "/blog/2013/03/05/closures-on-the-jvm/",
    "blog/2013/03/05/closures-on-the-jvm/index.html",
    "/posts/closures-on-the-jvm/",
  ],
  ["/blog/2017/09/11/day-first-date/", "blog/2017/09/11/day-first-date/index.html", "/posts/day-first-date/"],
  ["/blog/2023/01/29/repeated-year/", "blog/2023/01/29/repeated-year/index.html", "/posts/repeated-year/"],
  ["/2019/05/12/loss-surfaces.html", "2019/05/12/loss-surfaces.html", "/posts/loss-surfaces/"],
];

function importJekyll(fixture: string, args: string[], postDirs: string) {
  const result = spawnSync(process.execPath, ["scripts/import-jekyll.ts", fixture, "--public", publicFolder, ...args], {
    cwd: projectRoot,
    env: childEnv({ BLOG_POSTS_DIRS: postDirs }),
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const summary = (output: string) => output.trim().split("\n").at(-1);
const built = (file: string) => readFileSync(join(dist, file), "utf8");
// Parsed with <pre> as markup (node-html-parser keeps it as raw text by default), to read code blocks.
const page = (sitePath: string) =>
  parse(built(sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath), {
    blockTextElements: { script: true, style: true },
  });

/** The posts the importer wrote, with their front matter. */
/** Every post file under `folder`, its translations' language folders included, as paths relative to it. */
const postFiles = (folder: string): string[] =>
  readdirSync(join(projectRoot, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .sort();

function importedPosts(): { file: string; title: string; draft: boolean }[] {
  return sites.flatMap((site) =>
    postFiles(site.out).map((file) => {
      const text = readFileSync(join(projectRoot, site.out, file), "utf8");
      const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as { title: string; draft?: boolean };
      return { file: `${site.out}/${file}`, title: data.title, draft: data.draft === true };
    }),
  );
}

const imports: Record<string, { status: number | null; output: string }> = {};

beforeAll(() => {
  rmSync(join(projectRoot, output), { recursive: true, force: true });
  cpSync(join(projectRoot, "public"), join(projectRoot, publicFolder), { recursive: true });
  const postDirs = ["src/content/posts"];
  for (const site of sites) {
    imports[site.name] = importJekyll(site.fixture, ["--out", site.out], postDirs.join(":"));
    postDirs.push(site.out);
  }
  buildSite({ BLOG_POSTS_DIRS: postDirs.join(":"), BLOG_OUT_DIR: dist, BLOG_PUBLIC_DIR: publicFolder });
});

describe("npm run import:jekyll", () => {
  it("imports each fixture site and ends with the counts", () => {
    expect(imports["date"]?.status).toBe(2);
    expect(summary(imports["date"]?.output ?? "")).toBe(
      "Imported 12 posts (2 drafts): 3 flagged for review, 1 failed, 1 skipped.",
    );
    expect(imports["pretty"]?.status).toBe(0);
    expect(summary(imports["pretty"]?.output ?? "")).toBe(
      "Imported 2 posts (0 drafts): 0 flagged for review, 0 failed, 0 skipped.",
    );
    expect(imports["custom"]?.status).toBe(0);
    expect(summary(imports["custom"]?.output ?? "")).toBe(
      "Imported 1 post (0 drafts): 1 flagged for review, 0 failed, 0 skipped.",
    );
    // 08:00 in Tokyo on July 7th is July 6th in the blog's UTC.
    expect(imports["custom"]?.output).toContain("    check: shows as 2019-07-06 here; Jekyll showed 2019-07-07");
  });

  it("reports each post it could not convert with the reason, and what needs the author's eye", () => {
    const report = imports["date"]?.output ?? "";
    expect(report).toContain(
      `    check: date "sometime in March" is not a date Ruby's Time.parse reads: the file name's day 2017-03-03 used`,
    );
    expect(report).toContain(
      "✗ _posts/2017-04-04-textile-post.textile: failed: .textile is neither Markdown nor HTML: convert it by hand",
    );
    expect(report).toContain(
      "- _posts/README.txt: skipped: Jekyll reads only files named YYYY-MM-DD-title.ext in _posts/",
    );
    expect(report).toContain(
      `! _posts/2016-06-04-kramdown-things.md → wrote ${sites[0]?.out}/2016-06-04-kramdown-things.md`,
    );
    expect(report).toContain("    check: {% include note.html %}: no such file in _includes/: kept as written");
    expect(report).toContain("    check: {% post_url 2010-01-01-nowhere %} names no imported post: left in place");
    expect(report).toContain("    changed: highlight linenos → showLineNumbers");
    expect(report).toContain("Pages outside _posts/ are not imported: about.md.");
    expect(imports["pretty"]?.output).toContain("_config.yml sets no timezone");
  });

  it("writes nothing with --dry-run", () => {
    const dry = importJekyll(
      "tests/fixtures/jekyll-pretty",
      ["--dry-run", "--out", `${output}/dry`],
      "src/content/posts",
    );
    expect(summary(dry.output)).toBe("Would import 2 posts (0 drafts): 0 flagged for review, 0 failed, 0 skipped.");
    expect(dry.output).toContain(`would write ${output}/dry/2018-01-01-pretty-first.md`);
    expect(existsSync(join(projectRoot, output, "dry"))).toBe(false);
  });

  it("never overwrites a post without --force", () => {
    const site = sites[1]!;
    const before = importedPosts().map((post) => readFileSync(join(projectRoot, post.file), "utf8"));
    const again = importJekyll(site.fixture, ["--out", site.out], `src/content/posts:${sites[0]?.out}`);
    expect(summary(again.output)).toBe("Imported 0 posts (0 drafts): 0 flagged for review, 0 failed, 2 skipped.");
    expect(again.output).toContain("exists; left as it is (--force overwrites it)");
    const forced = importJekyll(site.fixture, ["--out", site.out, "--force"], `src/content/posts:${sites[0]?.out}`);
    expect(summary(forced.output)).toBe("Imported 2 posts (0 drafts): 0 flagged for review, 0 failed, 0 skipped.");
    expect(forced.output).toContain(`overwrote ${site.out}/2018-01-01-pretty-first.md`);
    expect(importedPosts().map((post) => readFileSync(join(projectRoot, post.file), "utf8"))).toEqual(before);
  });
});

describe("the site built from the imported posts", () => {
  it("has a page for every imported post that is not a draft, and none for drafts", () => {
    const posts = importedPosts();
    expect(posts.filter((post) => !post.draft)).toHaveLength(20);
    for (const post of posts) {
      // A translation in another language than the blog's is in its language's folder, and published under it.
      const inSite = post.file.slice(output.length + 1).replace(/^[^/]+\//, "");
      const [, language = "", slug = ""] = /^(?:([a-z-]+)\/)?\d{4}-\d{2}-\d{2}-(.+)\.md$/.exec(inSite) ?? [];
      const sitePath = `${language ? `/${language}` : ""}/posts/${slug}/`;
      expect(existsSync(join(dist, sitePath, "index.html")), post.file).toBe(!post.draft);
      if (!post.draft) expect(textOf(page(sitePath).querySelector("h1"))).toBe(post.title);
    }
  });

  it("answers every old URL with a page at exactly its path that leads to the right post", () => {
    for (const [oldUrl, file, newUrl] of oldUrls) {
      expect(existsSync(join(dist, file)), `${oldUrl} → ${file}`).toBe(true);
      const redirect = page(file);
      expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"), oldUrl).toBe(
        `0; url=${newUrl}`,
      );
      expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
        `https://example.com${newUrl}`,
      );
      expect(redirect.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
      expect(redirect.querySelector("body a")?.getAttribute("href")).toBe(newUrl);
      expect(built(file)).not.toMatch(/<script/i);
      expect(existsSync(join(dist, newUrl, "index.html")), newUrl).toBe(true);
    }
  });

  it("writes no redirect for drafts, and no other redirect pages", () => {
    const redirectPages = (folder = dist): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return redirectPages(path);
        return entry.name.endsWith(".html") && readFileSync(path, "utf8").includes('http-equiv="refresh"')
          ? [path.slice(dist.length + 1)]
          : [];
      });
    expect(redirectPages().sort()).toEqual(oldUrls.map(([, file]) => file).sort());
  });

  it("lists every old URL in _redirects for Netlify and Cloudflare Pages", () => {
    const lines = built("_redirects")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"));
    expect(lines.sort()).toEqual(oldUrls.map(([oldUrl, , newUrl]) => `${oldUrl} ${newUrl} 301`).sort());
  });

  it("serves the feed at jekyll-feed's /feed.xml too, imported posts included", () => {
    // The same feed, but for its self link, which names the address it is read at.
    const selfLink = (path: string) => `<atom:link href="https://example.com/${path}" rel="self"`;
    expect(built("feed.xml")).toBe(built("rss.xml").replace(selfLink("rss.xml"), selfLink("feed.xml")));
    expect(built("feed.xml")).toContain("<title>Hello, World: moving in</title>");
  });

  it("keeps old URLs out of the sitemap", () => {
    const sitemap = built("sitemap-0.xml");
    expect(sitemap).toContain("https://example.com/posts/hello-world/");
    for (const [oldUrl] of oldUrls) expect(sitemap).not.toContain(`https://example.com${oldUrl}<`);
  });

  it("writes redirect pages that pass html-validate", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    for (const [, file] of oldUrls) {
      const report = await validator.validateFile(join(dist, file));
      expect(
        report.results.flatMap((result) => result.messages.map((message) => message.message)),
        file,
      ).toEqual([]);
    }
  });

  it("renders converted Liquid: highlighted code, literal raw content, links to the new URLs", () => {
    const hello = page("/posts/hello-world/");
    expect(textOf(hello.querySelector("pre code"))).toContain('puts "Hello from Jekyll"');
    expect(textOf(hello.querySelector(".prose"))).toContain(
      "Liquid written literally: {{ page.title }} and {% if x %}",
    );
    expect(hello.querySelector('.prose a[href="/archive/"]')).not.toBeNull();
    const spaced = page("/posts/space-separated/");
    expect(textOf(spaced.querySelector("h1"))).toBe("Space Separated");
    expect(spaced.querySelectorAll(".prose a").map((link) => link.getAttribute("href"))).toEqual([
      "/posts/hello-world/",
      "/posts/hello-world/",
      "/posts/hello-world/#top",
    ]);
  });

  it("renders kramdown posts without attribute lists, and what it left in place as text", () => {
    const prose = page("/posts/kramdown-things/").querySelector(".prose");
    expect(prose?.innerHTML).not.toContain("{:");
    expect(textOf(prose)).not.toContain("TOC");
    expect(prose?.querySelector("pre")?.getAttribute("data-language")).toBe("ruby");
    // Left in place, it reads as text (with the site's typographic quotes).
    expect(textOf(prose)).toContain("{% include note.html content=“An include the blog cannot render” %}");
  });

  it("renders an HTML post as HTML, blank lines in <pre> kept", () => {
    const prose = page("/posts/html-post/").querySelector(".prose");
    expect(prose?.querySelector("strong")?.textContent).toBe("HTML");
    expect(textOf(prose)).toContain("with *asterisks* that are not emphasis");
    expect(prose?.querySelectorAll("pre").map((pre) => pre.textContent)).toEqual([
      'const greeting = "<hi>";',
      "\nfirst line\n \nafter a blank line\n",
    ]);
  });
});

/** Returns the text of a built post's body. */
const proseText = (sitePath: string) => textOf(page(sitePath).querySelector(".prose"));
/** Returns an imported post's Markdown. */
const importedText = (site: string, file: string) => readFileSync(join(projectRoot, output, site, file), "utf8");

describe("posts built from real Jekyll sites' patterns", () => {
  it("show no Liquid but what could not be evaluated, which the report flags", () => {
    for (const [, , newUrl] of oldUrls.filter(([oldUrl]) => /news|blog\/20|2019/.test(oldUrl))) {
      const text = proseText(newUrl).replace("{{ paginator.next_page_path }}", "");
      expect(text, newUrl).not.toMatch(/\{\{|\{%/);
    }
    expect(proseText("/de/posts/ruby-3-3-0-released/")).toContain("Mehr: {{ paginator.next_page_path }}");
    expect(imports["news"]?.output).toContain(
      "    check: Liquid output {{ paginator.next_page_path }} kept as written: undefined variable: paginator",
    );
  });

  it("evaluate site.*, site.data (YAML and CSV), loops and includes as Jekyll did", () => {
    const release = page("/posts/ruby-3-3-0-released/");
    expect(textOf(release.querySelector("h1"))).toBe("Ruby 3.3.0 Released 🎉");
    const text = proseText("/posts/ruby-3-3-0-released/");
    expect(text).toContain("We are pleased to announce the release of Ruby 3.3.0.");
    expect(text).toContain("5532 files changed, 326851 insertions(+), 185793 deletions(-)");
    expect(text).toContain("SIZE: 22065999");
    expect(text).toContain("Checksums are listed for every archive");
    const links = release.querySelectorAll(".prose a").map((link) => link.getAttribute("href"));
    expect(links).toContain("https://github.com/ruby/ruby/blob/v3_3_0/NEWS.md");
    expect(links).toContain("https://mirror.example.jp/ruby/");
    expect(links).toContain("https://mirror.example.de/ruby/");
    // A {% link %} to a page that was not imported: the old site's address, flagged.
    expect(links).toContain("https://www.ruby-lang.org/en/downloads/");
    expect(imports["news"]?.output).toContain(
      "    check: {% link en/downloads/index.md %} names nothing imported: it links to the old site's https://www.ruby-lang.org/en/downloads/",
    );
  });

  it("keep every translation as its own post, none lost to a shared file name", () => {
    expect(textOf(page("/ja/posts/ruby-3-3-0-released/").querySelector("h1"))).toBe("Ruby 3.3.0 リリース");
    expect(proseText("/ja/posts/ruby-3-3-0-released/")).toContain("Ruby 3.3.0 が公開されました。");
    expect(textOf(page("/de/posts/ruby-3-3-0-released/").querySelector("h1"))).toBe("Ruby 3.3.0 veröffentlicht");
    expect(summary(imports["news"]?.output ?? "")).toBe(
      "Imported 3 posts (0 drafts): 2 flagged for review, 0 failed, 0 skipped.",
    );
    // Each copy names its language and the key it shares with the others, as the schema reads them.
    expect(page("/ja/posts/ruby-3-3-0-released/").querySelector("html")?.getAttribute("lang")).toBe("ja");
    const japanese = importedText("news", "ja/2023-12-25-ruby-3-3-0-released.md");
    expect(japanese).toContain("\nlang: ja\ntranslation_key: 2023-12-25-ruby-3-3-0-released\n");
    expect(importedText("news", "2023-12-25-ruby-3-3-0-released.md")).toContain(
      "\nlang: en\ntranslation_key: 2023-12-25-ruby-3-3-0-released\n",
    );
  });

  it("copy the files posts reference into public/ at their old paths, and flag the missing ones", () => {
    for (const file of [
      "images/ruby-3-3.png",
      "images/posts/pcaplot.png",
      "2019/05/12/loss-surface.png",
      "assets/img/gradient.png",
    ]) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
    expect(page("/posts/loss-surfaces/").querySelector('.prose img[alt="The loss surface"]')?.getAttribute("src")).toBe(
      "/2019/05/12/loss-surface.png",
    );
    expect(imports["octopress"]?.output).toContain(
      "    check: references /images/posts/missing-figure.png, which the Jekyll site does not have",
    );
    expect(imports["news"]?.output).toContain("Files posts reference: 1, 1 copied into");
  });

  it("turn Octopress tags into code, quotes, images and video, the HTML sample staying code", () => {
    const post = page("/posts/closures-on-the-jvm/");
    const prose = post.querySelector(".prose");
    expect(prose?.querySelectorAll("pre").map((pre) => pre.getAttribute("data-language"))).toEqual([
      "ruby",
      "html",
      "plaintext",
      "scala",
    ]);
    expect(prose?.querySelector("div.greeting")).toBeNull();
    expect(textOf(prose?.querySelectorAll("pre")[1])).toBe('<div class="greeting">Hello, <b>world</b></div>');
    // The log line is code, not a heading.
    expect(prose?.querySelectorAll("h1, h2, h3").map((heading) => textOf(heading))).toEqual([]);
    expect(textOf(prose?.querySelectorAll("pre")[2])).toBe('# Started GET "/" for 127.0.0.1');
    expect(textOf(prose?.querySelector("blockquote"))).toContain("OOP to me means only messaging");
    expect(prose?.querySelector("blockquote a")?.getAttribute("href")).toBe(
      "http://c2.com/cgi/wiki?AlanKaysDefinitionOfObjectOriented",
    );
    expect(textOf(prose)).toContain("we opted to give Prerender a go and it served us well");
    expect(prose?.querySelector('img[src="/images/posts/pcaplot.png"]')?.getAttribute("width")).toBe("616");
    expect(prose?.querySelector("video")?.getAttribute("src")).toBe("http://blog.example.net/videos/demo.mp4");
    expect(prose?.querySelector('a[href="https://gist.github.com/4494712"]')).not.toBeNull();
    expect(importedText("octopress", "2013-03-05-closures-on-the-jvm.md")).toContain("```scala showLineNumbers\n");
    // {% highlight scala linenos %} keeps its line numbers on the page.
    expect(prose?.querySelectorAll("pre")[3]?.classList.contains("line-numbers")).toBe(true);
    expect(prose?.querySelectorAll("pre")[0]?.classList.contains("line-numbers")).toBe(false);
  });

  it("date posts as Ruby read their dates, and flag a day the blog's time zone shows otherwise", () => {
    expect(page("/posts/day-first-date/").querySelector("time")?.getAttribute("datetime")).toBe("2017-09-11");
    expect(page("/posts/repeated-year/").querySelector("time")?.getAttribute("datetime")).toBe("2023-01-30");
    expect(imports["octopress"]?.output).toContain("    check: shows as 2023-01-30 here; Jekyll showed 2023-01-29");
    expect(imports["octopress"]?.output).toContain(
      'set timeZone: "America/Los_Angeles" in src/site.config.ts (the Jekyll site\'s timezone)',
    );
  });

  it("render kramdown's extras as kramdown did: definitions, abbreviations, tables, nested lists, HTML", () => {
    const post = page("/posts/loss-surfaces/");
    expect(textOf(post.querySelector("h1"))).toBe("Loss surfaces, briefly");
    const prose = post.querySelector(".prose");
    expect(prose?.querySelectorAll("dl dt").map((term) => textOf(term))).toEqual(["Learning rate", "Epoch"]);
    expect(prose?.querySelector('abbr[title="Graphics Processing Unit"]')?.textContent).toBe("GPU");
    expect(prose?.querySelectorAll("table")).toHaveLength(2);
    expect(prose?.querySelectorAll("table")[0]?.querySelectorAll("tbody tr")).toHaveLength(2);
    expect(prose?.querySelectorAll("ol > li > ul > li").map((item) => textOf(item))).toEqual([
      "start at 0.1",
      "halve on plateaus",
    ]);
    expect(textOf(prose?.querySelectorAll("table")[1]?.querySelector("td"))).toBe("epoch 1");
    expect(textOf(prose?.querySelector("div.note strong"))).toBe("note");
    const text = textOf(prose);
    expect(text).toContain("a GPU hour costs $3.");
    for (const raw of ["{:", "*[GPU]", "|---", "* TOC"]) expect(text).not.toContain(raw);
    expect(imports["math"]?.output).toContain(
      "    check: kramdown class {: .notice} dropped: the blog has no style for it",
    );
  });

  it("carry math across with its backslashes, as the blog's $…$ and $$…$$", () => {
    const markdown = importedText("math", "2019-05-12-loss-surfaces.md");
    expect(markdown).toContain("The loss $L(\\theta)$ is minimised");
    expect(markdown).toContain("\\nabla L(\\theta) &= \\frac{1}{n} \\sum_{i=1}^{n} \\nabla \\ell_i(\\theta) \\\\\n");
    expect(markdown).toContain("work too: $\\alpha_t$ and");
    expect(markdown).toContain("$$\n\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}\n$$");
    expect(markdown).not.toContain("mathjax");
    // On the page: every formula typeset (two displayed), the TeX each was made from kept whole.
    const prose = page("/posts/loss-surfaces/").querySelector(".prose");
    expect(prose?.querySelectorAll(".katex")).toHaveLength(6);
    expect(prose?.querySelectorAll(".katex-display")).toHaveLength(2);
    const tex = prose?.querySelectorAll("annotation").map((annotation) => annotation.textContent) ?? [];
    expect(tex).toContain("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}");
    expect(tex.find((formula) => formula.startsWith("\\begin{align}"))).toContain("\\ell_i(\\theta) \\\\\n");
    expect(textOf(prose)).toContain("a GPU hour costs $3.");
  });

  it("re-imports idempotently, and --strict fails a migration with anything flagged", () => {
    const site = sites.find((candidate) => candidate.name === "news")!;
    const before = postFiles(site.out).map((file) => importedText("news", file));
    const again = importJekyll(site.fixture, ["--out", site.out], "src/content/posts");
    expect(summary(again.output)).toBe("Imported 0 posts (0 drafts): 0 flagged for review, 0 failed, 3 skipped.");
    expect(again.output).toContain("Files posts reference: 1, 0 copied into");
    expect(postFiles(site.out).map((file) => importedText("news", file))).toEqual(before);
    const strict = importJekyll(
      "tests/fixtures/jekyll-octopress",
      ["--dry-run", "--strict", "--out", `${output}/strict`],
      "src/content/posts",
    );
    expect(strict.status).toBe(3);
    const clean = importJekyll(
      "tests/fixtures/jekyll-pretty",
      ["--dry-run", "--strict", "--out", `${output}/strict`],
      "src/content/posts",
    );
    expect(clean.status).toBe(0);
  });
});

describe("old URLs under a base path", () => {
  const baseDist = join(projectRoot, output, "base-dist");

  beforeAll(() => {
    buildSite({ BLOG_POSTS_DIRS: `src/content/posts:${sites[1]?.out}`, BLOG_OUT_DIR: baseDist, BASE_PATH: "/blog/" });
  });

  it("keep their path under the base and lead to the post under the base", () => {
    const file = join(baseDist, "news/2018/01/01/pretty-first/index.html");
    const redirect = parse(readFileSync(file, "utf8"));
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(
      "0; url=/blog/posts/pretty-first/",
    );
    expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      "https://example.com/blog/posts/pretty-first/",
    );
    const lines = readFileSync(join(baseDist, "_redirects"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"));
    expect(lines).toEqual([
      "/blog/2018/02/02/pretty-second/ /blog/posts/pretty-second/ 301",
      "/blog/news/2018/01/01/pretty-first/ /blog/posts/pretty-first/ 301",
      "/blog/old-second.html /blog/posts/pretty-second/ 301",
    ]);
  });
});

describe("two posts claiming one old URL", () => {
  it("stop the build, which names both", () => {
    const folder = `${output}/colliding`;
    mkdirSync(join(projectRoot, folder), { recursive: true });
    writeFileSync(
      join(projectRoot, folder, "2020-01-01-a.md"),
      "---\ntitle: A\ndate: 2020-01-01\nredirect_from: [/same/]\n---\nA\n",
    );
    writeFileSync(
      join(projectRoot, folder, "2020-01-02-b.md"),
      "---\ntitle: B\ndate: 2020-01-02\nredirect_from: [/same/index.html]\n---\nB\n",
    );
    const build = runBuild({
      BLOG_POSTS_DIRS: `src/content/posts:${folder}`,
      BLOG_OUT_DIR: join(projectRoot, output, "colliding-dist"),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      `${folder}/2020-01-01-a.md: redirect_from.0: /same/ redirects from the same file, same/index.html, as /same/index.html (${folder}/2020-01-02-b.md): keep one`,
    );
    expect(existsSync(join(projectRoot, output, "colliding-dist"))).toBe(false);
  });
});
