import { describe, expect, it } from "vitest";
import { pageKey, withPageKeys } from "../../src/lib/outputs/page-key.ts";
import { toPost } from "../../src/lib/content/posts.ts";
import { postEntry } from "../support/entries.ts";

const now = new Date("2025-01-01T00:00:00Z");
const post = (title: string, body = "Body.") =>
  toPost({ ...postEntry("a", { date: "2024-01-01", title, tags: ["Python"] }), body }, now);

describe("pageKey", () => {
  it("is the same for equal params and props, built apart", () => {
    expect(pageKey({ slug: "a" }, { post: post("A") })).toBe(pageKey({ slug: "a" }, { post: post("A") }));
  });

  it("changes with anything a page is given: a title, a body, a neighbour, a param, a date", () => {
    const base = pageKey({ slug: "a" }, { post: post("A"), newer: undefined });
    expect(pageKey({ slug: "a" }, { post: post("A, retitled"), newer: undefined })).not.toBe(base);
    expect(pageKey({ slug: "a" }, { post: post("A", "Body, edited."), newer: undefined })).not.toBe(base);
    expect(pageKey({ slug: "a" }, { post: post("A"), newer: post("B") })).not.toBe(base);
    expect(pageKey({ slug: "b" }, { post: post("A"), newer: undefined })).not.toBe(base);
    expect(pageKey({}, { date: new Date("2024-01-01") })).not.toBe(pageKey({}, { date: new Date("2024-01-02") }));
  });

  it("tells an absent value from an undefined one, and a string from a number", () => {
    expect(pageKey({}, { a: undefined })).not.toBe(pageKey({}, {}));
    expect(pageKey({}, { page: "2" })).not.toBe(pageKey({}, { page: 2 }));
  });

  it("refuses what it cannot digest, rather than a key that misses it", () => {
    expect(() => pageKey({}, { render: () => "html" })).toThrow(/cannot digest a function at props\.render/);
    expect(() => pageKey({}, { url: new URL("https://example.com/") })).toThrow(/cannot digest a URL at props\.url/);
  });
});

describe("withPageKeys", () => {
  it("adds each path's key and keeps its params and props", () => {
    const [path] = withPageKeys([{ params: { slug: "a" }, props: { n: 1 } }]);
    expect(path).toEqual({ params: { slug: "a" }, props: { n: 1 }, cacheKey: pageKey({ slug: "a" }, { n: 1 }) });
  });
});
