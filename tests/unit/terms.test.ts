import { describe, expect, it } from "vitest";
import { calendarYear } from "../../src/lib/content/dates.ts";
import { selectPosts } from "../../src/lib/content/posts.ts";
import { groupByTerm, groupByYear } from "../../src/lib/content/terms.ts";
import { postEntry } from "../support/entries.ts";

const posts = selectPosts(
  [
    postEntry("a", { date: "2024-03-01", tags: ["Python", "C++"], categories: ["Backend"] }),
    postEntry("b", { date: "2024-02-01", tags: ["python", "C#"] }),
    postEntry("c", { date: "2023-12-31", tags: ["Python", "C"], categories: ["backend"] }),
  ],
  { now: new Date("2025-01-01"), includeUnpublished: false },
);

describe("groupByTerm", () => {
  it("lists each tag once with its posts, newest first, sorted by name", () => {
    const tags = groupByTerm(posts, "tags");
    expect(tags.map((tag) => [tag.slug, tag.name, tag.posts.map((post) => post.slug)])).toEqual([
      ["c", "C", ["c"]],
      ["c-sharp", "C#", ["b"]],
      ["c-plus-plus", "C++", ["a"]],
      ["python", "Python", ["a", "b", "c"]],
    ]);
  });

  it("groups categories the same way", () => {
    expect(groupByTerm(posts, "categories").map((term) => [term.name, term.posts.length])).toEqual([["Backend", 2]]);
  });
});

describe("groupByYear", () => {
  it("groups posts by calendar year, newest year first", () => {
    const years = groupByYear(posts, (date) => calendarYear(date, "UTC"));
    expect(years.map((group) => [group.year, group.posts.map((post) => post.slug)])).toEqual([
      [2024, ["a", "b"]],
      [2023, ["c"]],
    ]);
  });
});
