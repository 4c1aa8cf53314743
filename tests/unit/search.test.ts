import { describe, expect, it } from "vitest";
import {
  addressState,
  isEmptySearch,
  orderedFilterValues,
  pagefindFilters,
  parseSearchParams,
} from "../../src/lib/outputs/search-state.ts";
import { searchFilterGroups, searchFilterValue, termSearchUrl } from "../../src/lib/outputs/search.ts";
import { selectPosts } from "../../src/lib/content/posts.ts";
import { postEntry } from "../support/entries.ts";
import { searchUrl } from "../../src/lib/urls/urls.ts";

describe("searchFilterValue", () => {
  it("leaves ordinary names alone", () => {
    expect(searchFilterValue("C++")).toBe("C++");
    expect(searchFilterValue("עברית")).toBe("עברית");
  });

  it("can form neither a tag nor an entity, however often it is decoded", () => {
    const value = searchFilterValue(`"><img src=x onerror=alert(1)> &amp;lt;b&amp;gt;`);
    expect(value).toBe(`"＞＜img src=x onerror=alert(1)＞ ＆amp;lt;b＆amp;gt;`);
    expect(value).not.toMatch(/[<>&]/);
  });
});

describe("the search page's address", () => {
  it("round-trips a query and filters, dropping empty and repeated values and unknown parameters", () => {
    const state = parseSearchParams(
      new URLSearchParams("q=async+io&tag=C%2B%2B&tag=C%2B%2B&tag=&year=2024&utm_source=x"),
    );
    expect(state).toEqual({ query: "async io", filters: { tag: ["C++"], category: [], year: ["2024"] } });
    expect(searchUrl(addressState(state))).toBe("/search/?q=async+io&tag=C%2B%2B&year=2024");
  });

  it("is the bare page when the box is cleared and nothing is chosen", () => {
    const state = parseSearchParams(new URLSearchParams("q=%20%20"));
    expect(isEmptySearch(state)).toBe(true);
    expect(searchUrl(addressState(state))).toBe("/search/");
  });

  it("asks Pagefind for any chosen value of a filter, and every filter that has one", () => {
    const state = parseSearchParams(new URLSearchParams("tag=Python&tag=Go&category=Backend"));
    expect(pagefindFilters(state)).toEqual({ tag: { any: ["Python", "Go"] }, category: { any: ["Backend"] } });
  });

  it("links a tag or category page to the search filtered to it, with the value Pagefind indexed", () => {
    expect(termSearchUrl("tags", "C#")).toBe("/search/?tag=C%23");
    expect(termSearchUrl("categories", "<b>")).toBe(`/search/?category=${encodeURIComponent("＜b＞")}`);
  });

  it("lists years newest first and names alphabetically", () => {
    expect(orderedFilterValues("year", { "2022": 1, "2024": 2, "2023": 1 })).toEqual(["2024", "2023", "2022"]);
    expect(orderedFilterValues("tag", { python: 1, Astro: 1, c: 1 })).toEqual(["Astro", "c", "python"]);
  });
});

describe("the search page's filters, drawn at build time", () => {
  it("list every tag, category and year with its post count, as the post pages index them", () => {
    const posts = selectPosts(
      [
        postEntry("a", { date: "2024-05-01", tags: ["Python", "<b>"], categories: ["Backend"] }),
        postEntry("b", { date: "2023-01-01", tags: ["Python"] }),
      ],
      { now: new Date("2025-01-01"), includeUnpublished: false },
    );
    const groups = searchFilterGroups(posts);
    expect(groups).toEqual([
      {
        name: "tag",
        legend: "Tags",
        values: [
          { value: "＜b＞", count: 1 },
          { value: "Python", count: 2 },
        ],
      },
      { name: "category", legend: "Categories", values: [{ value: "Backend", count: 1 }] },
      {
        name: "year",
        legend: "Years",
        values: [
          { value: "2024", count: 1 },
          { value: "2023", count: 1 },
        ],
      },
    ]);
  });
});
