import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { frontMatterYaml, htmlAsMarkdown, planImport, type ImportInput } from "../../src/lib/import/jekyll/convert.ts";
import {
  classCounts,
  classLines,
  countOutcomes,
  messageClass,
  postReport,
  summaryLine,
  tally,
} from "../../src/lib/import/jekyll/report.ts";
import { postSchema } from "../../src/lib/content/schema.ts";

const modified = new Date("2020-05-06T07:08:09Z");

function site(files: Record<string, string>, overrides: Partial<ImportInput> = {}): ImportInput {
  return {
    configText: "timezone: UTC\nurl: https://old.example.org\nbaseurl: /blog",
    files: Object.entries(files).map(([path, text]) => ({ path, text, modified })),
    existing: [],
    outFolder: "out",
    siteTimeZone: "UTC",
    ...overrides,
  };
}

function imported(plan: ReturnType<typeof planImport>, source: string) {
  const post = plan.posts.find((candidate) => candidate.source === source);
  if (!post) throw new Error(`no ${source} in the plan`);
  return post;
}

/** Returns a written post's front matter as Astro reads it (js-yaml's default schema), through the real schema. */
function parsedFrontMatter(text: string | undefined) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text ?? "");
  return postSchema.parse(yaml.load(match?.[1] ?? ""));
}

describe("planImport", () => {
  const plan = planImport(
    site({
      "_posts/2016-03-01-hello.md":
        "---\ntitle: Hello\ncategories: [Meta]\n---\nSee [later]({% post_url 2016-04-01-later %}).\n",
      "_posts/2016-04-01-later.md":
        "---\ntitle: Later\ndate: 2016-04-01 10:00:00 +0200\n---\nBack to [hello](/blog/meta/2016/03/01/hello.html) and [about](/blog/about-me/).\n",
      "_posts/2016-05-01-page.html": "---\ntitle: Page\n---\n<p>One</p>\n\n<p>Two</p>\n",
      "_drafts/idea.md": "---\ntitle: Idea\n---\nSoon.\n",
      "_posts/2016-06-01-bad.md": "---\ntitle: Bad\ndate: someday\n---\n",
      "_posts/2016-06-02-broken.md": "---\ntitle: [broken\n---\n",
      "_posts/2016-06-03-old.textile": "---\ntitle: Textile\n---\n",
      "_posts/2016-06-04-static.md": "No front matter: a static file.\n",
      "_posts/notes.txt": "Not a post.\n",
    }),
  );

  it("imports every post it can, each with a file name, new URL and old URL", () => {
    expect(imported(plan, "_posts/2016-03-01-hello.md")).toMatchObject({
      status: "imported",
      fileName: "2016-03-01-hello.md",
      slug: "hello",
      url: "/posts/hello/",
      oldUrls: ["/meta/2016/03/01/hello.html"],
    });
    expect(imported(plan, "_posts/2016-04-01-later.md").oldUrls).toEqual(["/2016/04/01/later.html"]);
    expect(imported(plan, "_drafts/idea.md")).toMatchObject({ status: "imported", draft: true, oldUrls: [] });
  });

  it("writes posts the schema accepts, as Astro reads them", () => {
    for (const post of plan.posts.filter((candidate) => candidate.status === "imported")) {
      expect(() => parsedFrontMatter(post.text), post.source).not.toThrow();
    }
    const later = parsedFrontMatter(imported(plan, "_posts/2016-04-01-later.md").text);
    expect(later.date.toISOString()).toBe("2016-04-01T08:00:00.000Z");
    expect(later.redirect_from).toEqual(["/2016/04/01/later.html"]);
    expect(parsedFrontMatter(imported(plan, "_drafts/idea.md").text).draft).toBe(true);
  });

  it("points links to imported posts, by tag or by old URL, at their new URLs", () => {
    expect(imported(plan, "_posts/2016-03-01-hello.md").text).toContain("See [later](/posts/later/).");
    const later = imported(plan, "_posts/2016-04-01-later.md");
    expect(later.text).toContain("Back to [hello](/posts/hello/) and [about](/about-me/).");
    expect(later.changes).toContain("1 link(s) to old post URLs now point at the new ones");
  });

  it("keeps an HTML post as one HTML block", () => {
    expect(imported(plan, "_posts/2016-05-01-page.html").text).toContain("<div>\n<p>One</p>\n<p>Two</p>\n</div>\n");
  });

  it("reports every post it cannot convert, with the reason, and skips what Jekyll skips", () => {
    const outcomes = plan.posts
      .filter((post) => post.status !== "imported")
      .map((post) => `${post.status} ${post.source}: ${post.reason}`);
    expect(imported(plan, "_posts/2016-06-01-bad.md").attention).toContain(
      "date \"someday\" is not a date Ruby's Time.parse reads: the file name's day 2016-06-01 used",
    );
    expect(outcomes).toEqual([
      expect.stringMatching(/^failed _posts\/2016-06-02-broken\.md: front matter is not valid YAML: /),
      "failed _posts/2016-06-03-old.textile: .textile is neither Markdown nor HTML: convert it by hand",
      "skipped _posts/2016-06-04-static.md: no front matter: Jekyll copies such a file as it is, not as a post",
      "skipped _posts/notes.txt: Jekyll reads only files named YYYY-MM-DD-title.ext in _posts/",
    ]);
  });

  it("notes site paths posts link to that are not posts, and pages it leaves out", () => {
    const withPages = planImport(
      site({ "_posts/2016-03-01-a.md": "---\n---\n![x](/assets/x.png)" }, { pages: ["about.md"] }),
    );
    expect(withPages.notes).toEqual([
      "Posts link to site paths that are not posts: /assets/. Copy those files from the Jekyll site into public/, or recreate those pages.",
      "Pages outside _posts/ are not imported: about.md.",
    ]);
  });
});

describe("planImport with posts already in the blog", () => {
  it("gives a post whose slug is taken the year, then a number", () => {
    const plan = planImport(
      site(
        { "_posts/2016-03-01-taken.md": "---\ntitle: A\n---\n", "_posts/2017-03-01-taken.md": "---\ntitle: B\n---\n" },
        {
          existing: [
            { file: "src/content/posts/2024-01-01-taken.md", slug: "taken", redirectFrom: [] },
            { file: "src/content/posts/2024-01-02-taken-2017.md", slug: "taken-2017", redirectFrom: [] },
          ],
        },
      ),
    );
    expect(plan.posts.map((post) => post.fileName)).toEqual(["2016-03-01-taken-2016.md", "2017-03-01-taken-2.md"]);
    expect(plan.posts[0]?.changes).toContain("published at /posts/taken-2016/: taken is another post's");
  });

  it("plans the same file names again once the posts are imported", () => {
    const files = { "_posts/2016-03-01-again.md": "---\ntitle: A\n---\n" };
    const first = planImport(site(files));
    const existing = [
      { file: `out/${first.posts[0]?.fileName}`, slug: "again", redirectFrom: first.posts[0]?.oldUrls ?? [] },
    ];
    const second = planImport(site(files, { existing }));
    expect(second.posts[0]).toMatchObject({ fileName: "2016-03-01-again.md", oldUrls: ["/2016/03/01/again.html"] });
    expect(second.posts[0]?.attention).toEqual([]);
  });

  it("does not redirect an old URL another post, or a page of the site, already has", () => {
    const plan = planImport(
      site(
        {
          "_posts/2016-03-01-a.md": "---\nredirect_from: [/shared/, /tags/]\n---\n",
          "_posts/2016-03-02-b.md": "---\nredirect_from: /shared/\npermalink: /posts/:title/\n---\n",
        },
        { existing: [{ file: "src/content/posts/x.md", slug: "x", redirectFrom: ["/2016/03/01/a.html"] }] },
      ),
    );
    const [a, b] = plan.posts;
    expect(a?.oldUrls).toEqual(["/shared/"]);
    expect(a?.attention).toEqual([
      "old URL /2016/03/01/a.html not redirected: it is already an old URL of src/content/posts/x.md",
      "old URL /tags/ not redirected: it is one of this site's own pages",
    ]);
    // b's Jekyll URL is its new one, so there is nothing to redirect; /shared/ is a's.
    expect(b?.oldUrls).toEqual([]);
    expect(b?.attention).toEqual(["old URL /shared/ not redirected: it is already an old URL of out/2016-03-01-a.md"]);
  });

  it("spells a tag or category the way the blog already does when they would share a page", () => {
    const plan = planImport(
      site(
        {
          "_posts/2016-03-01-a.md": "---\ntags: [C Sharp, Python, web-dev]\ncategories: [Web Dev]\n---\n",
          "_posts/2016-03-02-b.md": "---\ntags: [web dev, WEB-DEV]\n---\n",
        },
        { existing: [{ file: "src/content/posts/x.md", slug: "x", redirectFrom: [], tags: ["C#", "python"] }] },
      ),
    );
    const [a, b] = plan.posts;
    expect(parsedFrontMatter(a?.text).tags).toEqual(["C#", "Python", "web-dev"]);
    expect(parsedFrontMatter(a?.text).categories).toEqual(["Web Dev"]);
    expect(a?.changes).toContain('tags "C Sharp" written "C#", as another post spells it: they share a page');
    expect(parsedFrontMatter(b?.text).tags).toEqual(["web-dev"]);
  });

  it("gives a post another slug when a post of the blog redirects from its address", () => {
    const plan = planImport(
      site(
        { "_posts/2016-03-01-hello.md": "---\n---\n" },
        { existing: [{ file: "src/content/posts/x.md", slug: "x", redirectFrom: ["/posts/hello/"] }] },
      ),
    );
    expect(plan.posts[0]).toMatchObject({ status: "imported", slug: "hello-2016" });
  });

  it("applies _config.yml defaults, such as a permalink for every post", () => {
    const plan = planImport(
      site(
        { "_posts/2016-03-01-d.md": "---\ntitle: D\n---\n" },
        { configText: "defaults:\n  - scope: { path: '' }\n    values: { permalink: '/:year/:title/', author: Jo }" },
      ),
    );
    expect(plan.posts[0]?.oldUrls).toEqual(["/2016/d/"]);
    expect(plan.posts[0]?.text).toContain("author: Jo");
  });
});

describe("htmlAsMarkdown", () => {
  it("keeps blank lines inside <pre> as a space, and drops the others", () => {
    expect(htmlAsMarkdown("<p>a</p>\n\n<pre>\nx\n\ny\n</pre>\n\n  <p>b</p>")).toBe(
      "<div>\n<p>a</p>\n<pre>\nx\n&#32;\ny\n</pre>\n  <p>b</p>\n</div>",
    );
  });
});

describe("frontMatterYaml", () => {
  it("writes lists in flow style and days bare, quoting what YAML would misread", () => {
    expect(frontMatterYaml({ title: "2016", date: "2016-03-01", tags: ["C++", "a: b"], draft: true })).toBe(
      'title: "2016"\ndate: 2016-03-01\ntags: [C++, "a: b"]\ndraft: true\n',
    );
  });
});

describe("the report", () => {
  const plan = planImport(
    site({
      "_posts/2016-03-01-a.md": "---\ntitle: A\n---\n{% include x.html %} {% include x.html %}",
      "_drafts/b.md": "---\ntitle: B\n---\n",
      "_posts/2016-03-03-c.md": "---\ndate: never\n---\n",
      "_drafts/d.md": "---\ndate: never\n---\n",
    }),
  );

  it("counts imported posts, drafts, flagged, failed and skipped ones", () => {
    const outcomes = new Map([
      ["_posts/2016-03-01-a.md", "written" as const],
      ["_drafts/b.md", "written" as const],
    ]);
    expect(countOutcomes(plan, outcomes)).toEqual({ imported: 3, drafts: 1, flagged: 2, failed: 1, skipped: 0 });
    const existing = new Map([["_drafts/b.md", "exists" as const]]);
    expect(countOutcomes(plan, existing)).toMatchObject({ imported: 2, skipped: 1 });
    expect(summaryLine({ imported: 2, drafts: 1, flagged: 1, failed: 1, skipped: 0 }, false)).toBe(
      "Imported 2 posts (1 draft): 1 flagged for review, 1 failed, 0 skipped.",
    );
    expect(summaryLine({ imported: 1, drafts: 0, flagged: 0, failed: 0, skipped: 0 }, true)).toBe(
      "Would import 1 post (0 drafts): 0 flagged for review, 0 failed, 0 skipped.",
    );
  });

  it("lists what changed and what to check for each post, repeats counted", () => {
    const lines = postReport(plan.posts[2]!, "written", "out");
    expect(lines[0]).toBe("! _posts/2016-03-01-a.md → wrote out/2016-03-01-a.md");
    expect(lines).toContain("    check: {% include x.html %}: no such file in _includes/: kept as written (×2)");
    expect(postReport(plan.posts[3]!, "written", "out")).toContain(
      "    check: date \"never\" is not a date Ruby's Time.parse reads: the file name's day 2016-03-03 used",
    );
    expect(postReport(plan.posts[1]!, undefined, "out")).toEqual([
      '✗ _drafts/d.md: failed: date "never" is not a date Jekyll or this blog can read',
    ]);
    expect(postReport(plan.posts[0]!, "exists", "out")[0]).toContain("exists; left as it is (--force overwrites it)");
    expect(tally(["a", "b", "a"])).toEqual(["a (×2)", "b"]);
  });
});

describe("the report's counts by kind", () => {
  it("names each kind of change and check without its particulars", () => {
    expect(
      messageClass("Liquid output {{ site.author | upcase }} kept as written: undefined variable: site.author"),
    ).toBe("Liquid output {{ … }} kept as written");
    expect(messageClass("references /images/a.png, which the Jekyll site does not have")).toBe(
      "references …, which the Jekyll site does not have",
    );
    expect(messageClass("published: false → draft: true")).toBe("published: false → draft: true");
    expect(messageClass("kramdown class {: .notice} dropped: the blog has no style for it")).toBe(
      "kramdown class {:…} dropped",
    );
  });

  it("counts them over the imported posts, most frequent first", () => {
    const plan = planImport(
      site({
        "_posts/2016-03-01-a.md": "---\ntitle: A\n---\n{{ page.nothing }} {{ site.nothing }}",
        "_posts/2016-03-02-b.md": "---\ntitle: B\n---\n{{ page.title }}",
      }),
    );
    expect(classLines(classCounts(plan))).toEqual([
      "Changes, by kind:",
      "  2 × Liquid evaluated as Jekyll did",
      "  2 × date N taken from the file name",
      "Checks, by kind:",
      "  2 × Liquid output {{ … }} kept as written",
    ]);
  });
});

describe("links to posts that were not imported", () => {
  it("point at the old site's address when the post exists there, flagged", () => {
    const plan = planImport(
      site({
        "_posts/2016-06-01-a.md": "---\ntitle: A\n---\nSee [old]({% post_url 2016-06-03-old %}).\n",
        "_posts/2016-06-03-old.textile": "---\ntitle: Textile\n---\n",
      }),
    );
    const post = imported(plan, "_posts/2016-06-01-a.md");
    expect(post.text).toContain("See [old](https://old.example.org/blog/2016/06/03/old.html).");
    expect(post.attention).toEqual([
      "{% post_url 2016-06-03-old %} names nothing imported: it links to the old site's https://old.example.org/blog/2016/06/03/old.html",
    ]);
  });
});

describe("a permalink the importer cannot work out", () => {
  it("is named once, though the post's old URL is asked for both redirects and asset paths", () => {
    const plan = planImport(
      site(
        { "_posts/2016-06-01-a.md": "---\ntitle: A\npermalink: /:nonsense/\n---\nText.\n" },
        { siteFiles: new Set() },
      ),
    );
    const post = imported(plan, "_posts/2016-06-01-a.md");
    expect(post.attention.filter((line) => line.startsWith("old URL unknown"))).toEqual([
      "old URL unknown: the permalink /:nonsense/ uses :nonsense, which Jekyll does not know",
    ]);
  });
});

describe("math the blog's build would refuse", () => {
  it("is named with its line in the written file", () => {
    const plan = planImport(site({ "_posts/2016-06-01-a.md": "---\ntitle: A\n---\nSee $$\\frac{1}{$$ here.\n" }));
    const post = imported(plan, "_posts/2016-06-01-a.md");
    expect(post.status).toBe("imported");
    expect(post.attention).toEqual([expect.stringMatching(/^math on line 7 would stop the build: /)]);
  });
});

describe("translations", () => {
  it("become one post per language, each in its language's folder and address, sharing a key", () => {
    const copy = (title: string) => `---\ntitle: ${title}\n---\nText.\n`;
    const plan = planImport(
      site({
        "en/news/_posts/2023-12-25-x.md": copy("X"),
        "ja/news/_posts/2023-12-25-x.md": copy("X ja"),
        "de/news/_posts/2023-12-25-x.md": copy("X de"),
      }),
    );
    expect(plan.posts.map((post) => [post.fileName, post.url, post.oldUrls[0]])).toEqual([
      ["de/2023-12-25-x.md", "/de/posts/x/", "/de/news/2023/12/25/x.html"],
      ["2023-12-25-x.md", "/posts/x/", "/en/news/2023/12/25/x.html"],
      ["ja/2023-12-25-x.md", "/ja/posts/x/", "/ja/news/2023/12/25/x.html"],
    ]);
    expect(parsedFrontMatter(plan.posts[2]?.text)).toMatchObject({ lang: "ja", translation_key: "2023-12-25-x" });
    expect(plan.posts.every((post) => post.status === "imported")).toBe(true);
  });
});
