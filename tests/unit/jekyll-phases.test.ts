import { describe, expect, it } from "vitest";
import {
  assignFileNames,
  claimOldUrls,
  readPost,
  siteNotes,
  unifyTermSpellings,
  type ImportInput,
  type Parsed,
  type SlugBook,
} from "../../src/lib/import/jekyll/convert.ts";
import { readJekyllConfig } from "../../src/lib/import/jekyll/config.ts";

const { config } = readJekyllConfig("timezone: UTC\npermalink: pretty");
const modified = new Date("2020-05-06T07:08:09Z");
const input: ImportInput = { configText: undefined, files: [], existing: [], outFolder: "out", siteTimeZone: "UTC" };
const book = (): SlugBook => ({
  owners: new Map([["hello", "src/content/posts/hello.md"]]),
  siteLang: "en",
  outFile: (name) => `out/${name}`,
});

/** Returns the parsed posts of `files`, each read alone. */
function parsedPosts(files: Record<string, string>): Parsed[] {
  return Object.entries(files).flatMap(
    ([path, text]) => readPost({ path, text, modified }, config, "UTC").parsed ?? [],
  );
}

describe("the import's phases, each alone", () => {
  it("readPost skips what Jekyll skips and fails what it cannot map, with the reason", () => {
    expect(readPost({ path: "_posts/notes.txt", text: "x", modified }, config, "UTC").post).toMatchObject({
      status: "skipped",
      reason: "Jekyll reads only files named YYYY-MM-DD-title.ext in _posts/",
    });
    const read = readPost(
      { path: "_posts/2020-01-01-a.md", text: "---\ntitle: A\n---\nBody\n", modified },
      config,
      "UTC",
    );
    expect(read.parsed?.body).toBe("Body\n");
    expect(read.parsed?.mapped.frontMatter["title"]).toBe("A");
  });

  it("assignFileNames gives a taken slug the year", () => {
    const parsed = parsedPosts({ "_posts/2020-01-01-hello.md": "---\ntitle: Hello\n---\n" });
    assignFileNames(parsed, input, config, book());
    expect(parsed[0]?.post).toMatchObject({ fileName: "2020-01-01-hello-2020.md", url: "/posts/hello-2020/" });
  });

  it("assignFileNames never gives two posts of one import one file, even with the same Jekyll name", () => {
    const parsed = parsedPosts({
      "_posts/2020-01-01-same.md": "---\ntitle: One\n---\n",
      "blog/_posts/2020-01-01-same.md": "---\ntitle: Two\n---\n",
    });
    assignFileNames(parsed, input, config, { owners: new Map(), outFile: (name) => `out/${name}`, siteLang: "en" });
    expect(parsed.map(({ post }) => post.fileName)).toEqual(["2020-01-01-same.md", "2020-01-01-same-2020.md"]);
  });

  it("unifyTermSpellings spells a tag as the blog already does", () => {
    const parsed = parsedPosts({ "_posts/2020-01-01-a.md": "---\ntitle: A\ntags: [C Plus Plus]\n---\n" });
    unifyTermSpellings(parsed, [{ file: "x.md", slug: "x", redirectFrom: [], tags: ["C++"] }]);
    expect(parsed[0]?.mapped.frontMatter["tags"]).toEqual(["C++"]);
  });

  it("claimOldUrls maps each old URL to the new one", () => {
    const parsed = parsedPosts({ "_posts/2020-01-01-a.md": "---\ntitle: A\n---\n" });
    const slugs = book();
    assignFileNames(parsed, input, config, slugs);
    expect([...claimOldUrls(parsed, [], config, slugs)]).toEqual([["/2020/01/01/a/", "/posts/a/"]]);
  });

  it("siteNotes names the pages left out", () => {
    expect(siteNotes(config, new Map(), ["about.md"])).toEqual(["Pages outside _posts/ are not imported: about.md."]);
  });
});
