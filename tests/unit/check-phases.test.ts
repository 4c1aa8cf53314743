// Issue 10: each phase of the post check works, and is tested, on its own.
import { describe, expect, it } from "vitest";
import { checkAcrossPosts } from "../../src/lib/checks/cross-post.ts";
import { readPostFrontMatter } from "../../src/lib/checks/front-matter-yaml.ts";
import { editDistance, nearestKnownKey } from "../../src/lib/checks/key-typos.ts";
import { checkMdxSyntax } from "../../src/lib/checks/mdx-syntax.ts";
import { checkPosts } from "../../src/lib/checks/post-check.ts";
import { decodePostFile } from "../../src/lib/checks/post-sources.ts";
import { checkRedirects } from "../../src/lib/checks/redirect-check.ts";
import { schemaIssueProblems } from "../../src/lib/checks/schema-issues.ts";
import { postSchema } from "../../src/lib/content/schema.ts";

describe("reading: decodePostFile", () => {
  it("reads UTF-8 and names the first line that is not", () => {
    expect(decodePostFile("a.md", new TextEncoder().encode("---\ntitle: Café\n"))).toEqual({
      text: "---\ntitle: Café\n",
    });
    expect(decodePostFile("b.md", Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0x43, 0xe9]))).toMatchObject({
      problem: { file: "b.md", line: 3 },
    });
  });
});

describe("front matter: readPostFrontMatter", () => {
  it("gives the data and the YAML text, or one problem on its line", () => {
    expect(readPostFrontMatter("a.md", "---\ntitle: x\n---\nbody")).toEqual({ data: { title: "x" }, yaml: "title: x" });
    expect(readPostFrontMatter("b.md", "no front matter")).toMatchObject({ problem: { file: "b.md", line: 1 } });
    expect(readPostFrontMatter("c.md", "---\n- a list\n---\n")).toEqual({
      problem: { file: "c.md", line: 2, message: "front matter must be a set of `key: value` lines" },
    });
  });
});

describe("schema wording: schemaIssueProblems", () => {
  it("puts each issue on its key's line, tells a missing key from a wrong one, and suggests a known key for a typo", () => {
    const data = { titel: "x", date: "2024-13-45" };
    const result = postSchema.safeParse(data);
    expect(result.success).toBe(false);
    const problems = schemaIssueProblems("a.md", "titel: x\ndate: 2024-13-45", data, result.error?.issues ?? [], [
      "title",
      "date",
    ]);
    expect(problems).toContainEqual({
      file: "a.md",
      line: 2,
      field: "titel",
      message: 'unknown key "titel": did you mean "title"?',
    });
    expect(problems).toContainEqual({
      file: "a.md",
      line: undefined,
      field: "title",
      message: "missing: expected text",
    });
    expect(problems.find((problem) => problem.field === "date")?.line).toBe(3);
  });
});

describe("key typos", () => {
  it("measures edits and finds the key meant", () => {
    expect(editDistance("tgas", "tags")).toBe(1);
    expect(nearestKnownKey("Redirect-From")).toBe("redirect_from");
  });
});

describe("MDX syntax: checkMdxSyntax", () => {
  it("reports the error on its line in the file, front matter counted", () => {
    expect(checkMdxSyntax("a.mdx", "---\ntitle: x\n---\n\n<Callout>\n")).toEqual([
      expect.objectContaining({ file: "a.mdx", line: 5, message: expect.stringMatching(/^MDX syntax error: /) }),
    ]);
    expect(checkMdxSyntax("b.mdx", "---\ntitle: x\n---\n\nFine.\n")).toEqual([]);
  });
});

describe("across posts: checkAcrossPosts and checkRedirects take the one CheckedPost shape", () => {
  const posts = [
    { file: "a.md", slug: "same", tags: ["C++"], redirectFrom: ["/old.html"] },
    { file: "b.md", slug: "same", tags: ["C Plus Plus"], redirectFrom: ["/old.html"] },
  ];

  it("finds two posts at one address and two spellings of one tag page", () => {
    const messages = checkAcrossPosts(posts).map((problem) => `${problem.file}: ${problem.message}`);
    expect(messages).toContain("a.md: publishes at /posts/same/, as b.md does: rename one of the files");
    expect(messages.filter((message) => message.includes("would share the page for"))).toHaveLength(2);
  });

  it("finds two posts claiming one old address", () => {
    expect(checkRedirects(posts).map((problem) => problem.file)).toEqual(["a.md", "b.md"]);
  });
});

describe("the whole check", () => {
  it("turns a crash while checking one file into that file's problem and still lists the others", () => {
    const exploding = {
      toString() {
        throw new Error("boom");
      },
    } as unknown as string;
    const problems = checkPosts(
      new Map([
        ["a.md", exploding],
        ["b.md", "---\ntitle: ok\ndate: 2024-13-45\n---\n"],
      ]),
    );
    expect(problems.map((problem) => problem.file)).toEqual(["a.md", "b.md"]);
    expect(problems[0]?.message).toBe("could not be checked (Error: boom): please report this with the file");
  });
});
