import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPosts, editDistance, nearestKnownKey } from "../../src/lib/checks/post-check.ts";
import { formatProblems, isError } from "../../src/lib/checks/problems.ts";
import { listPostFiles, postFolders, postPatterns } from "../../src/lib/content/post-files.ts";
import { fixturePostDirs, projectRoot } from "../support/fixture-site.ts";

function problemsIn(folders: string[]): string {
  const files = listPostFiles(projectRoot, folders);
  const sources = new Map(files.map((file) => [file, readFileSync(join(projectRoot, file), "utf8")]));
  return formatProblems(checkPosts(sources));
}

const bad = "tests/fixtures/bad-posts";

describe("checkPosts on every kind of bad post", () => {
  const expected: Record<string, string> = {
    "2024-01-01-missing-title.md": "2024-01-01-missing-title.md: title: missing: expected text",
    "2024-01-02-empty-title.md": "2024-01-02-empty-title.md:2: title: expected a non-empty title",
    "2024-01-03-impossible-date.md":
      '2024-01-03-impossible-date.md:3: date: expected a date such as 2024-12-01 or 2024-12-01 10:00:00 +01:00, found "2024-13-45"',
    "2024-01-04-word-date.md": "2024-01-04-word-date.md:3: date: expected a date such as 2024-12-01",
    "2024-01-05-comma-tags.md":
      '2024-01-05-comma-tags.md:4: tags: expected a list of names such as [Python, Django], found "a, b"',
    "2024-01-06-empty-tag.md": "2024-01-06-empty-tag.md:4: tags.1: expected each entry to be non-empty text",
    "2024-01-07-zero-minutes.md":
      "2024-01-07-zero-minutes.md:4: reading_time: expected a whole number of minutes greater than 0, found number 0",
    "2024-01-08-negative-minutes.md":
      "2024-01-08-negative-minutes.md:4: reading_time: expected a whole number of minutes greater than 0, found number -3",
    "2024-01-09-fractional-minutes.md":
      "2024-01-09-fractional-minutes.md:4: reading_time: expected a whole number of minutes such as 6, found number 6.5",
    "2024-01-10-text-minutes.md":
      '2024-01-10-text-minutes.md:4: reading_time: expected a whole number of minutes such as 6, found "6 min"',
    "2024-01-11-typo-key.md": '2024-01-11-typo-key.md:4: tgas: unknown key "tgas": did you mean "tags"?',
    "2024-01-12-broken-yaml.md": "2024-01-12-broken-yaml.md:5: front matter is not valid YAML:",
    "2024-01-13-broken-mdx.mdx":
      "2024-01-13-broken-mdx.mdx:7: MDX syntax error: Expected a closing tag for `<Callout>`",
    "2024-01-14-same-url.md":
      "2024-01-14-same-url.md: publishes at /posts/same-url/, as tests/fixtures/bad-posts/2023-06-01-same-url.md does",
    "2023-06-01-same-url.md": "2023-06-01-same-url.md: publishes at /posts/same-url/",
    "2024-01-15-tag-cpp.md": 'tags: "C++" (tests/fixtures/bad-posts/2024-01-15-tag-cpp.md) and "C Plus Plus"',
    "2024-01-16-tag-c-plus-plus.md": 'would share the page for "c-plus-plus": use one spelling',
    "2024-01-17-no-front-matter.md": "2024-01-17-no-front-matter.md:1: no front matter",
    "2024-01-18-redirect-over-page.md":
      "2024-01-18-redirect-over-page.md: redirect_from.0: /tags/ is one of the site's own pages: remove it",
    "2024-01-19-bad-lang.md":
      '2024-01-19-bad-lang.md:4: lang: expected a language tag such as ja, pt-BR or zh-TW, found "english"',
    "2024-01-20-key-clash-a.md":
      '2024-01-20-key-clash-a.md: translation_key: "release-notes" has two versions in Deutsch (de), this one and tests/fixtures/bad-posts/2024-01-21-key-clash-b.md',
    "2024-01-21-key-clash-b.md":
      '2024-01-21-key-clash-b.md: translation_key: "release-notes" has two versions in Deutsch (de), this one and tests/fixtures/bad-posts/2024-01-20-key-clash-a.md',
    "2024-01-19-bad-tex.md":
      "2024-01-19-bad-tex.md:9: KaTeX cannot render `x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a`: Unexpected end of input",
  };

  it("has a fixture for each case", () => {
    expect(readdirSync(join(projectRoot, bad)).sort()).toEqual(Object.keys(expected).sort());
  });

  it("reports every problem of every post in one run, naming file, line, field and what was expected", () => {
    const report = problemsIn([bad]);
    for (const [file, line] of Object.entries(expected)) {
      const reported = report.split("\n").filter((entry) => entry.startsWith(`${bad}/${file}`));
      expect(reported.join("\n"), file).toContain(line);
    }
  });

  it("finds nothing wrong with the real and fixture posts", () => {
    expect(problemsIn(fixturePostDirs.split(":"))).toBe("");
  });
});

describe("checkPosts on translations", () => {
  const post = (frontMatter: string) => `---\ntitle: A post\ndate: 2024-01-01\n${frontMatter}\n---\nText.\n`;

  it("warns, without stopping the build, of a translation published while its original is a draft", () => {
    const problems = checkPosts(
      new Map([
        ["posts/2024-01-01-launch.md", post("draft: true")],
        ["posts/ja/2024-01-01-launch.md", post("lang: ja")],
        ["posts/de/2024-01-01-launch.md", post("lang: de\ndraft: true")],
      ]),
    );
    expect(problems).toEqual([
      {
        file: "posts/ja/2024-01-01-launch.md",
        severity: "warning",
        message:
          "is a translation of posts/2024-01-01-launch.md, which is a draft: this one is published without its original",
      },
    ]);
    expect(problems.filter(isError)).toEqual([]);
    expect(formatProblems(problems)).toBe(
      "posts/ja/2024-01-01-launch.md: warning: is a translation of posts/2024-01-01-launch.md, which is a draft: this one is published without its original",
    );
  });

  it("lets translations share a file name and slug in different languages, not in one", () => {
    const sources = new Map([
      ["posts/2024-01-01-x.md", post("")],
      ["posts/ja/2024-01-01-x.md", post("lang: ja")],
      ["posts/pt/2024-01-01-x.md", post("lang: pt-br")],
    ]);
    expect(checkPosts(sources)).toEqual([]);
    sources.set("posts/de/2024-01-01-x.md", post(""));
    expect(formatProblems(checkPosts(sources))).toBe(
      [
        "posts/2024-01-01-x.md: publishes at /posts/x/, as posts/de/2024-01-01-x.md does: rename one of the files",
        "posts/de/2024-01-01-x.md: publishes at /posts/x/, as posts/2024-01-01-x.md does: rename one of the files",
      ].join("\n"),
    );
  });
});

describe("nearestKnownKey", () => {
  it("suggests the key a typo meant", () => {
    expect(nearestKnownKey("tgas")).toBe("tags");
    expect(nearestKnownKey("titel")).toBe("title");
    expect(nearestKnownKey("Reading-Time")).toBe("reading_time");
    expect(nearestKnownKey("category")).toBe("categories");
  });

  it("suggests nothing for a key unlike any", () => {
    expect(nearestKnownKey("permalink")).toBeUndefined();
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("tgas", "tags")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("postFolders", () => {
  it("reads BLOG_POSTS_DIRS, defaulting to src/content/posts", () => {
    expect(postFolders({})).toEqual(["src/content/posts"]);
    expect(postFolders({ BLOG_POSTS_DIRS: "a/:b" })).toEqual(["a", "b"]);
  });
});

describe("postPatterns", () => {
  it("reads an empty folder (the project root, its slash stripped) as the project root, never the file system's", () => {
    expect(postPatterns(["src/content/posts", ""])).toEqual([
      "src/content/posts/**/*.{md,mdx,markdown}",
      "!src/content/posts/**/_*/**",
      "!src/content/posts/**/_*",
      "./**/*.{md,mdx,markdown}",
      "!./**/_*/**",
      "!./**/_*",
    ]);
    expect(postPatterns(postFolders({ BLOG_POSTS_DIRS: "/" }))[0]).toBe("./**/*.{md,mdx,markdown}");
  });
});
