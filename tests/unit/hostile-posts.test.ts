// Issue 11: careless and hostile posts, each reproduction from the issue as a fixture in tests/fixtures/hostile-check/.
import { describe, expect, it } from "vitest";
import { checkPostFolders, checkPosts } from "../../src/lib/checks/post-check.ts";
import { formatProblems } from "../../src/lib/checks/problems.ts";
import { readFrontMatterBlock, splitFrontMatter } from "../../src/lib/content/front-matter.ts";
import { listPostFiles } from "../../src/lib/content/post-files.ts";
import { projectRoot } from "../support/fixture-site.ts";

const folder = "tests/fixtures/hostile-check";
const reports = new Map<boolean, string>();
/** Returns the check's report on the fixture folder, worked out once per setting. */
function report(options: { refuseMdx?: boolean } = {}): string {
  const refuseMdx = options.refuseMdx ?? false;
  const cached = reports.get(refuseMdx);
  if (cached !== undefined) return cached;
  const text = formatProblems(checkPostFolders(projectRoot, [folder], { refuseMdx }).problems);
  reports.set(refuseMdx, text);
  return text;
}
const problemsOf = (file: string, options: { refuseMdx?: boolean } = {}) =>
  report(options)
    .split("\n")
    .filter((line) => line.startsWith(`${folder}/${file}:`) || line.startsWith(`${folder}/${file} `));

describe("the files the check reads are the files Astro's loader publishes (item 1)", () => {
  const files = listPostFiles(projectRoot, [folder]);

  it("skips hidden files, so `.victim.md` cannot take over /posts/victim/, and `_drafts/`", () => {
    expect(files).toContain(`${folder}/2024-01-02-victim.md`);
    expect(files.filter((file) => /\/\.|\/_/.test(file))).toEqual([]);
  });

  it("follows a symlinked folder, as the loader does, and checks the posts in it", () => {
    expect(files).toContain(`${folder}/linked/2024-05-05-through-link.md`);
    const problems = problemsOf("linked/2024-05-05-through-link.md");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^tests\/fixtures\/hostile-check\/linked\/2024-05-05-through-link\.md:4: colour: unknown key "colour": known keys are layout, title, /,
    );
  });

  it("reports `Post.MD` instead of silently skipping it", () => {
    expect(files).not.toContain(`${folder}/Post.MD`);
    expect(report()).toContain(
      `${folder}/Post.MD: ".MD" is not read as a post (only .md, .mdx and .markdown are): rename it to end in .md`,
    );
  });
});

describe("every crash is a `file:line: field: message`, with every other problem still listed", () => {
  it("stops a 1 KB YAML alias bomb at the YAML parser's own alias limit (item 6)", () => {
    expect(problemsOf("2024-02-01-alias-bomb.md")).toEqual([
      `${folder}/2024-02-01-alias-bomb.md:5: front matter is not valid YAML: its aliases (*name) expand to more than 100 values`,
    ]);
  });

  it("accepts a closing fence with a trailing space, as Jekyll does, and a later --- rule in the body (item 7)", () => {
    expect(problemsOf("2024-02-02-trailing-fence.md")).toEqual([]);
    const block = splitFrontMatter("---\ntitle: x\n--- \n\ntext\n\n---\n\nmore\n");
    expect(block).toEqual({ block: "---\ntitle: x\n--- \n", yaml: "title: x" });
  });

  it("refuses a front matter line starting with +++, where Astro's reader would end the block (item 8)", () => {
    expect(problemsOf("2024-02-04-plus-line.md")).toEqual([
      `${folder}/2024-02-04-plus-line.md:6: front matter line starts with "+++" but is not a closing "---" line: Astro would end the front matter here; end it with a line of just --- first, or indent or quote this line`,
    ]);
    expect(readFrontMatterBlock("---\ntitle: x\n")).toEqual({
      line: 1,
      message: 'front matter is never closed: expected a line of just "---" after it',
    });
  });

  it("reads `title: 2023-12-31` as the text written, as the build does (item 8)", () => {
    expect(problemsOf("2024-02-03-date-title.md")).toEqual([]);
  });

  it("names the file whose name gives no slug (item 9)", () => {
    const message =
      "the file name gives the post no address (its slug, the name without date and extension, has no letter or digit): rename it, e.g. 2024-03-01-my-post.md";
    expect(report()).toContain(`${folder}/2024-03-01-.md: ${message}`);
    expect(report()).toContain(`${folder}/#.md: ${message}`);
  });

  it("reports 100,000-deep YAML on its line instead of overflowing the stack", () => {
    const deep = `---\ntitle: ${"[".repeat(100_000)}${"]".repeat(100_000)}\ndate: 2024-01-01\n---\n`;
    const problems = checkPosts(
      new Map([
        ["deep.md", deep],
        ["ok.md", "---\ntitle: t\ndate: 2024-01-01\n---\n"],
      ]),
    );
    expect(formatProblems(problems)).toBe(
      "deep.md:2: front matter is not valid YAML: its lists and maps nest more than 100 deep",
    );
    // Under the limit, the YAML parser itself reads the nesting.
    const nested = `---\ntitle: t\ndate: 2024-01-01\ntags: ${"[".repeat(100)}${"]".repeat(100)}\n---\n`;
    expect(formatProblems(checkPosts(new Map([["nested.md", nested]])))).toMatch(/^nested\.md:4: tags\.0: /);
  });

  it("refuses duplicate keys and unknown tags such as !!js/function", () => {
    const problems = checkPosts(
      new Map([
        ["dup.md", "---\ntitle: a\ntitle: b\ndate: 2024-01-01\n---\n"],
        ["tag.md", "---\ntitle: !!js/function 'function () {}'\ndate: 2024-01-01\n---\n"],
      ]),
    );
    expect(formatProblems(problems)).toBe(
      [
        "dup.md:3: front matter is not valid YAML: Map keys must be unique",
        "tag.md:2: front matter is not valid YAML: Unresolved tag: tag:yaml.org,2002:js/function",
      ].join("\n"),
    );
  });
});

describe("silently wrong posts are refused with a clear error", () => {
  it("limits a post to 20 tags (item 13)", () => {
    expect(problemsOf("2024-02-06-many-tags.md")).toEqual([
      `${folder}/2024-02-06-many-tags.md:4: tags: expected at most 20 names, found 5000: each gets its own page and feed, so keep the few the post is about`,
    ]);
  });

  it("names the file and line of text that is not UTF-8 (item 14)", () => {
    expect(problemsOf("2024-02-05-latin1.md")).toEqual([
      `${folder}/2024-02-05-latin1.md:6: not valid UTF-8 text (saved as Latin-1 or Windows-1252?): save the file as UTF-8`,
    ]);
  });

  it("accepts year 1 as year 1 (item 12)", () => {
    expect(problemsOf("2024-02-07-year-one.md")).toEqual([]);
  });

  it("refuses a title or tag of zero-width characters only, and `updated` before `date` (item 15)", () => {
    expect(problemsOf("2024-02-08-invisible-title.md")).toEqual([
      `${folder}/2024-02-08-invisible-title.md:2: title: expected text a reader can see, found only spaces or invisible characters`,
      `${folder}/2024-02-08-invisible-title.md:4: tags.0: expected text a reader can see, found only spaces or invisible characters`,
    ]);
    expect(problemsOf("2024-02-09-updated-before.md")).toEqual([
      `${folder}/2024-02-09-updated-before.md:4: updated: expected a date on or after the post's date: a post cannot be revised before it was published`,
    ]);
  });

  it("refuses old addresses that would be wildcards, placeholders or files no request reaches (item 2)", () => {
    const problems = problemsOf("2024-02-10-wildcard-redirect.md");
    expect(problems.map((line) => /redirect_from\.(\d+):/.exec(line)?.[1])).toEqual(
      ["0", "1", "2", "3", "4", "5", "6", "7", "8"], // every entry but the last, /ok/old.html
    );
    expect(problems[0]).toMatch(
      /hostile-check\/2024-02-10-wildcard-redirect\.md:5: redirect_from\.0: .*found "\/\*": only letters, digits/,
    );
    expect(problems[8]).toMatch(/wildcard-redirect\.md:13: redirect_from\.8: /);
    expect(problems[4]).toContain('found "//evil.example/x": a path on this site starts with one /');
    expect(problems[6]).toContain('found "/%2e%2e/x": it may not hold . or .. segments');
    expect(problems[8]).toContain("each part between slashes may be at most 255 bytes long");
  });
});

describe("MDX posts (item 5)", () => {
  it("are accepted by default and refused, by name, when the site refuses MDX", () => {
    expect(problemsOf("2024-02-12-runs-code.mdx")).toEqual([]);
    expect(problemsOf("2024-02-12-runs-code.mdx", { refuseMdx: true })).toEqual([
      `${folder}/2024-02-12-runs-code.mdx:1: MDX posts are refused on this site (MDX_POSTS=refuse): MDX runs its code at build time; write the post as .md`,
    ]);
  });
});
