import { describe, expect, it } from "vitest";
import { selectPosts } from "../../src/lib/content/posts.ts";
import { relatedPostsBySlug } from "../../src/lib/content/related.ts";
import { postEntry } from "../support/entries.ts";

const posts = selectPosts(
  [
    postEntry("subject", { date: "2024-06-01", tags: ["Python", "Django", "APIs"] }),
    postEntry("two-shared-old", { date: "2020-01-01", tags: ["Python", "Django"] }),
    postEntry("two-shared-new", { date: "2023-01-01", tags: ["python", "APIs"] }),
    postEntry("one-shared-newest", { date: "2024-05-01", tags: ["Django"] }),
    postEntry("one-shared-older", { date: "2022-01-01", tags: ["APIs"] }),
    postEntry("nothing-shared", { date: "2024-05-30", tags: ["Rust"] }),
  ],
  { now: new Date("2025-01-01"), includeUnpublished: false },
);
const related = relatedPostsBySlug(posts);
const slugsFor = (slug: string) => related.get(slug)?.map((post) => post.slug);

describe("relatedPostsBySlug", () => {
  it("ranks by shared tags, then newest, up to three", () => {
    expect(slugsFor("subject")).toEqual(["two-shared-new", "two-shared-old", "one-shared-newest"]);
  });

  it("never lists the post itself or posts sharing no tag", () => {
    expect(slugsFor("nothing-shared")).toEqual([]);
    expect(slugsFor("one-shared-newest")).not.toContain("one-shared-newest");
  });
});
