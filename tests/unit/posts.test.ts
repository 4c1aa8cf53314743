import { describe, expect, it } from "vitest";
import { selectPosts, toPost } from "../../src/lib/content/posts.ts";
import { postEntry } from "../support/entries.ts";

const now = new Date("2025-01-01T00:00:00.000Z");
const entries = [
  postEntry("older", { date: "2023-05-01", tags: ["Python"] }),
  postEntry("draft", { date: "2024-01-01", draft: true }),
  postEntry("scheduled", { date: "2025-06-01" }),
  postEntry("same-day-b", { date: "2024-04-01", tags: ["python"] }),
  postEntry("newest", { date: "2024-11-30", tags: ["python"] }),
  postEntry("same-day-a", { date: "2024-04-01" }),
];

describe("selectPosts", () => {
  it("publishes neither drafts nor posts dated after the build, newest first, same day by slug", () => {
    const slugs = selectPosts(entries, { now, includeUnpublished: false }).map((post) => post.slug);
    expect(slugs).toEqual(["newest", "same-day-a", "same-day-b", "older"]);
  });

  it("gives the same order whatever order the files were read in", () => {
    const reversed = selectPosts([...entries].reverse(), { now, includeUnpublished: false }).map((post) => post.slug);
    expect(reversed).toEqual(["newest", "same-day-a", "same-day-b", "older"]);
  });

  it("keeps drafts and scheduled posts, marked, when previewing", () => {
    const posts = selectPosts(entries, { now, includeUnpublished: true });
    expect(posts.map((post) => post.slug)).toEqual([
      "scheduled",
      "newest",
      "same-day-a",
      "same-day-b",
      "draft",
      "older",
    ]);
    expect(posts.find((post) => post.slug === "draft")?.draft).toBe(true);
    expect(posts.find((post) => post.slug === "scheduled")?.scheduled).toBe(true);
  });

  it("spells each tag one way: the spelling most posts use", () => {
    const posts = selectPosts(entries, { now, includeUnpublished: false });
    const spellings = new Set(posts.flatMap((post) => post.tags.map((tag) => tag.name)));
    expect([...spellings]).toEqual(["python"]);
  });
});

describe("toPost", () => {
  it("computes reading time from the body when the author leaves it out", () => {
    const post = toPost(postEntry("long", { date: "2024-01-01" }, "word ".repeat(700)), now);
    expect(post.readingMinutes).toBe(4);
  });

  it("keeps the author's reading time", () => {
    expect(toPost(postEntry("set", { date: "2024-01-01", reading_time: 6 }, "short"), now).readingMinutes).toBe(6);
  });

  it("links to /posts/<slug>/ and reports the update as its last change", () => {
    const post = toPost(postEntry("revised", { date: "2024-01-01", updated: "2024-02-01" }), now);
    expect(post.url).toBe("/posts/revised/");
    expect(post.lastModified.toISOString()).toBe("2024-02-01T00:00:00.000Z");
  });

  it("gives each tag a slug and drops a tag repeated in another case", () => {
    const post = toPost(postEntry("tags", { date: "2024-01-01", tags: ["C", "C++", "C#", "c"] }), now);
    expect(post.tags).toEqual([
      { name: "C", slug: "c" },
      { name: "C++", slug: "c-plus-plus" },
      { name: "C#", slug: "c-sharp" },
    ]);
  });
});
