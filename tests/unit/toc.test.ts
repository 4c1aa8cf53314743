import { describe, expect, it } from "vitest";
import { tableOfContents } from "../../src/lib/markdown/toc.ts";

const heading = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe("tableOfContents", () => {
  it("lists h2 and h3 once a post has three h2 sections", () => {
    const headings = [heading(2, "a"), heading(3, "a1"), heading(4, "a1x"), heading(2, "b"), heading(2, "c")];
    expect(tableOfContents(headings).map((entry) => entry.slug)).toEqual(["a", "a1", "b", "c"]);
  });

  it("lists nothing for a post with two h2 sections", () => {
    expect(tableOfContents([heading(2, "a"), heading(3, "a1"), heading(2, "b")])).toEqual([]);
  });
});
