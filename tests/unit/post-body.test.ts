import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bodyOfPostFile, mayShowImageBesidePost, postBody } from "../../src/lib/content/post-body.ts";
import { selectPosts, toPost } from "../../src/lib/content/posts.ts";
import { renderMarkdown } from "../../src/lib/markdown/pipeline.ts";
import { postEntry } from "../support/entries.ts";

const file = (contents: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "post-body-")), "2024-01-01-x.md");
  writeFileSync(path, contents);
  return path;
};

describe("a post's body, which the data store does not keep", () => {
  it("is what follows the front matter, trimmed", () => {
    expect(bodyOfPostFile("---\ntitle: x\n---\n\nHello *there*.\n\n")).toBe("Hello *there*.");
    expect(bodyOfPostFile("No front matter.\n")).toBe("No front matter.");
  });

  it("is read from the post's file when the entry has none, for the excerpt and the reading time", () => {
    const path = file(`---\ntitle: x\ndate: 2024-01-01\n---\nFirst paragraph.\n\n${"word ".repeat(700)}\n`);
    const entry = { ...postEntry("x", { date: "2024-01-01" }), body: undefined, filePath: path };
    expect(postBody(entry)).toMatch(/^First paragraph\.\n\nword word/);
    const post = toPost(entry, new Date("2025-01-01"));
    expect(post.description).toBe("First paragraph.");
    expect(post.readingMinutes).toBe(4);
  });
});

describe("the posts whose body is read", () => {
  it("are only those a build shows: a draft's or a scheduled post's file is not read in production", () => {
    const unread = (id: string, frontMatter: Record<string, unknown>) => ({
      ...postEntry(id, frontMatter),
      body: undefined,
      filePath: `/nonexistent/${id}.md`,
    });
    const entries = [unread("draft", { date: "2024-01-01", draft: true }), unread("later", { date: "2999-01-01" })];
    expect(selectPosts(entries, { now: new Date("2025-01-01"), includeUnpublished: false })).toEqual([]);
    expect(() => selectPosts(entries, { now: new Date("2025-01-01"), includeUnpublished: true })).toThrow(/ENOENT/);
  });
});

describe("images beside a post, which only Astro's renderer resolves", () => {
  it("are recognised in inline images, brackets in the alt text included", () => {
    expect(mayShowImageBesidePost("![diagram](./diagram.png)")).toBe(true);
    expect(mayShowImageBesidePost("![diagram](diagram.png)")).toBe(true);
    expect(mayShowImageBesidePost("![Diagram [v2]](./d.png)")).toBe(true);
    expect(mayShowImageBesidePost("![a \\] b](./a.png)")).toBe(true);
    expect(mayShowImageBesidePost("![anchor](#figure)")).toBe(true);
  });

  it("are not site paths or URLs, nor links", () => {
    expect(mayShowImageBesidePost("![a](/images/a.png) ![b](https://example.com/b.png) ![c](data:x)")).toBe(false);
    expect(mayShowImageBesidePost("[a link](./other-post/)")).toBe(false);
  });

  it("are each one Astro's renderer marks, so the page's own rendering meets none of them", async () => {
    const bodies = ["![diagram](./d.png)", "![Diagram [v2]](./d.png)", "![a \\] b](./a.png)", "![anchor](#figure)"];
    for (const body of bodies) {
      expect(mayShowImageBesidePost(body)).toBe(true);
      await expect(renderMarkdown(body, "posts/x.md", "/")).rejects.toThrow(/beside the post/);
    }
    // Reference-style images are written out as they are, for the browser to fetch: no image pipeline is needed.
    const reference = await renderMarkdown("![a][d]\n\n[d]: ./d.png", "posts/x.md", "/");
    expect(reference.html).toContain('src="./d.png"');
    expect(mayShowImageBesidePost("![a][d]\n\n[d]: ./d.png")).toBe(false);
  });

  it("stop the page's own rendering with the file and line named, should the loader have missed one", async () => {
    const path = file("---\ntitle: x\ndate: 2024-01-01\n---\nA box:\n\n![d](./d.png)\n");
    await expect(renderMarkdown("A box:\n\n![d](./d.png)", path, "/")).rejects.toThrow(
      new RegExp(`^${path.replaceAll(".", "\\.")}:7: image \\./d\\.png: a file beside the post`),
    );
  });

  it("leave every other post to the page, with its headings", async () => {
    const rendered = await renderMarkdown("## One\n\n![a](/images/a.png)", "posts/x.md", "/blog/");
    expect(rendered.html).toContain('src="/blog/images/a.png"');
    expect(rendered.headings).toEqual([{ depth: 2, slug: "one", text: "One" }]);
  });
});
