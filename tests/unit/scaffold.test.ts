import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import yaml from "js-yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { calendarDay } from "../../src/lib/content/dates.ts";
import { parseTagList, postWithSlug, scaffoldPost } from "../../src/lib/authoring/scaffold.ts";
import { postSchema } from "../../src/lib/content/schema.ts";
import { postSlugFromPath, termSlug } from "../../src/lib/content/slugs.ts";
import { site } from "../../src/site.config.ts";
import { projectRoot } from "../support/fixture-site.ts";

/** Returns the front matter of a post file's text, parsed as Astro parses it (js-yaml). */
function frontMatterOf(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`no front matter in:\n${text}`);
  return yaml.load(match[1]!);
}

describe("scaffoldPost", () => {
  it("names the file by day and title slug, and writes a draft the schema accepts", () => {
    const post = scaffoldPost({ title: "My Post Title", day: "2025-03-09", tags: ["Python", "Web"] });
    expect(post.fileName).toBe("2025-03-09-my-post-title.md");
    expect(post.slug).toBe("my-post-title");
    expect(post.text).toBe(
      '---\ntitle: "My Post Title"\ndate: 2025-03-09\ntags: ["Python", "Web"]\ndraft: true\n---\n\n',
    );
    const data = postSchema.parse(frontMatterOf(post.text));
    expect(data).toMatchObject({ title: "My Post Title", tags: ["Python", "Web"], draft: true });
    expect(data.date.toISOString()).toBe("2025-03-09T00:00:00.000Z");
  });

  it("writes .mdx on request and an empty tag list by default", () => {
    const post = scaffoldPost({ title: "Components", day: "2025-03-09", mdx: true });
    expect(post.fileName).toBe("2025-03-09-components.mdx");
    expect(postSchema.parse(frontMatterOf(post.text)).tags).toEqual([]);
  });

  it.each([
    'Why "C#" beats: C++ # not a comment',
    "---",
    "yes",
    "null",
    "2024-12-01",
    "1e3",
    "[not, a, list]",
    "{ braces }",
    "back\\slash and 'single' quotes",
    "&anchor *alias !tag %directive @at `tick`",
    "🚀 Launch שלום",
    "Line\u2028separator",
  ])("keeps the title %j exactly as text", (title) => {
    const post = scaffoldPost({ title, day: "2025-03-09", tags: [title] });
    const data = postSchema.parse(frontMatterOf(post.text));
    expect(data.title).toBe(title);
    expect(data.tags).toEqual([title]);
  });

  it("publishes the post under the slug the site derives from its file name", () => {
    for (const title of ["C++ & C#: A Tour", "🚀", "Ünïcödé Títle", "x".repeat(200)]) {
      const post = scaffoldPost({ title, day: "2025-03-09" });
      expect(post.slug).toBe(postSlugFromPath(`src/content/posts/${post.fileName}`));
      expect(post.slug).toBe(termSlug(title));
      expect(post.fileName.length).toBeLessThan(100);
    }
  });

  it("trims the title and refuses an empty one", () => {
    expect(scaffoldPost({ title: "  Spaced  ", day: "2025-03-09" }).fileName).toBe("2025-03-09-spaced.md");
    expect(() => scaffoldPost({ title: "", day: "2025-03-09" })).toThrow(/title is empty/);
    expect(() => scaffoldPost({ title: " \t\n", day: "2025-03-09" })).toThrow(/title is empty/);
  });

  it("refuses a day that is not YYYY-MM-DD", () => {
    expect(() => scaffoldPost({ title: "T", day: "9 March 2025" })).toThrow(/2024-12-01/);
  });
});

describe("parseTagList", () => {
  it("trims, drops empty entries and keeps one spelling of each tag", () => {
    expect(parseTagList(" Python, C++,,python , C#, web ")).toEqual(["Python", "C++", "C#", "web"]);
    expect(parseTagList("")).toEqual([]);
  });
});

describe("postWithSlug", () => {
  it("finds a post already published under a slug, whatever its date or extension", () => {
    const files = ["src/content/posts/2024-12-01-fastapi-vs-django.md", "posts/2023/2023-01-01-other.mdx"];
    expect(postWithSlug("fastapi-vs-django", files)).toBe(files[0]);
    expect(postWithSlug("other", files)).toBe(files[1]);
    expect(postWithSlug("new-one", files)).toBeUndefined();
  });
});

describe("npm run new", () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "new-post-"));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** Runs `node scripts/new-post.ts` (what `npm run new` runs) from the project root. */
  function newPost(...args: string[]) {
    const result = spawnSync(process.execPath, [join(projectRoot, "scripts/new-post.ts"), ...args], {
      cwd: projectRoot,
      env: { ...process.env, BLOG_POSTS_DIRS: "src/content/posts" },
      encoding: "utf8",
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it("writes a draft dated today into --dir, prints its path and a summary", () => {
    const before = calendarDay(new Date(), site.timeZone);
    const { status, stdout, stderr } = newPost("Hello, World: A First Post", "--tags", "Notes, Meta", "--dir", folder);
    const after = calendarDay(new Date(), site.timeZone);
    expect(stderr).toBe("");
    expect(status).toBe(0);

    const [printedPath, summary, ...rest] = stdout.trimEnd().split("\n");
    expect(rest).toEqual([]);
    const written = readdirSync(folder);
    expect(written).toHaveLength(1);
    expect(resolve(projectRoot, printedPath!)).toBe(join(folder, written[0]!));
    expect([before, after].map((day) => `${day}-hello-world-a-first-post.md`)).toContain(written[0]);
    expect(summary).toContain("/posts/hello-world-a-first-post/");

    const data = postSchema.parse(frontMatterOf(readFileSync(join(folder, written[0]!), "utf8")));
    expect(data).toMatchObject({ title: "Hello, World: A First Post", tags: ["Notes", "Meta"], draft: true });
    expect([before, after]).toContain(calendarDay(data.date, site.timeZone));
  });

  it("writes MDX with --mdx", () => {
    expect(newPost("An MDX Post", "--mdx", "--dir", folder).status).toBe(0);
    expect(readdirSync(folder)[0]).toMatch(/^\d{4}-\d{2}-\d{2}-an-mdx-post\.mdx$/);
  });

  it("never overwrites a file", () => {
    expect(newPost("Twice", "--dir", folder).status).toBe(0);
    const [file] = readdirSync(folder);
    writeFileSync(join(folder, file!), "my words");

    const again = newPost("Twice", "--dir", folder);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; nothing was written/);
    expect(readFileSync(join(folder, file!), "utf8")).toBe("my words");
  });

  it("refuses a title whose URL another post already has", () => {
    const clash = newPost("FastAPI vs Django", "--dir", folder);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain("src/content/posts/2024-12-01-fastapi-vs-django.md already has the URL");
    expect(readdirSync(folder)).toEqual([]);
  });

  it("refuses a title whose URL a post in --dir already has, under another date", () => {
    writeFileSync(join(folder, "2020-01-01-notes-on-caching.md"), "---\ntitle: Old\ndate: 2020-01-01\n---\n");
    const clash = newPost("Notes on caching", "--dir", folder);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain("2020-01-01-notes-on-caching.md already has the URL /posts/notes-on-caching/");
    expect(readdirSync(folder)).toEqual(["2020-01-01-notes-on-caching.md"]);
  });

  it.each([[[]], [["   "]]])("explains an empty title (arguments %j) and writes nothing", (args) => {
    const { status, stderr } = newPost(...args, "--dir", folder);
    expect(status).toBe(1);
    expect(stderr).toMatch(/title is empty/);
    expect(stderr).toMatch(/Usage: npm run new/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("rejects an unknown option", () => {
    const { status, stderr } = newPost("Title", "--tag", "x", "--dir", folder);
    expect(status).toBe(1);
    expect(stderr).toMatch(/Unknown option '--tag'/);
    expect(readdirSync(folder)).toEqual([]);
  });
});
