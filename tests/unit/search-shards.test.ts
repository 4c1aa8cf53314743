import { describe, expect, it } from "vitest";
import { selectPosts } from "../../src/lib/content/posts.ts";
import {
  DEFAULT_SHARD_PAGES,
  searchShardManifest,
  searchShards,
  searchShardUrls,
  shardPageLimit,
} from "../../src/lib/outputs/search-shards.ts";
import { postEntry } from "../support/entries.ts";

/** `count` posts in `year` (in the site's language unless `lang` says), dated through the year. */
const postsIn = (year: number, count: number, lang?: string) =>
  Array.from({ length: count }, (_, index) =>
    postEntry(`${year}-${lang ?? "en"}-${String(index)}`, {
      date: `${String(year)}-0${String(1 + (index % 9))}-1${String(index % 9)}`,
      ...(lang ? { lang } : {}),
    }),
  );
const posts = (...entries: ReturnType<typeof postsIn>[]) =>
  selectPosts(entries.flat(), { now: new Date("2030-01-01"), includeUnpublished: false });

describe("searchShards", () => {
  it("cuts a language's years, oldest first, into runs of at most the limit, a bigger year on its own", () => {
    const shards = searchShards(posts(postsIn(2015, 2), postsIn(2016, 2), postsIn(2017, 3), postsIn(2018, 7)), 4);
    expect(shards.map((shard) => [shard.name, shard.pages.length])).toEqual([
      ["en-2015-2016", 4],
      ["en-2017", 3],
      ["en-2018", 7],
    ]);
    expect(shards[0]?.pages[0]).toMatch(/^posts\/[^/]+\/index\.html$/);
  });

  it("gives each language shards of its own, under its folder, the site's language first", () => {
    const shards = searchShards(posts(postsIn(2024, 3, "ja"), postsIn(2024, 2)), 10);
    expect(shards.map((shard) => [shard.name, shard.lang, shard.pages.length])).toEqual([
      ["en-2024", "en", 2],
      ["ja-2024", "ja", 3],
    ]);
    expect(shards[1]?.pages.every((page) => page.startsWith("ja/posts/"))).toBe(true);
  });

  it("keeps older shards as they are when a post is added to the newest year", () => {
    const before = searchShards(posts(postsIn(2015, 3), postsIn(2016, 3), postsIn(2017, 2)), 4);
    const after = searchShards(posts(postsIn(2015, 3), postsIn(2016, 3), postsIn(2017, 3)), 4);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
  });

  it("lists every post page once, in its manifest too", () => {
    const all = posts(postsIn(2015, 5), postsIn(2016, 5), postsIn(2020, 1, "de"));
    const pages = searchShards(all, 3).flatMap((shard) => shard.pages);
    expect(new Set(pages).size).toBe(all.length);
    expect(JSON.parse(searchShardManifest(all, 3))).toEqual({ shards: searchShards(all, 3) });
  });
});

describe("searchShardUrls", () => {
  it("lists a language's bundles newest first, the primary index first", () => {
    const all = posts(postsIn(2015, 2), postsIn(2016, 2), postsIn(2017, 2), postsIn(2017, 1, "ja"));
    expect(searchShardUrls(all, "en", 2)).toEqual(["/pagefind/en-2017/", "/pagefind/en-2016/", "/pagefind/en-2015/"]);
    expect(searchShardUrls(all, "ja", 2)).toEqual(["/pagefind/ja-2017/"]);
    expect(searchShardUrls(all, "de", 2)).toEqual([]);
  });
});

describe("shardPageLimit", () => {
  it("reads BLOG_SEARCH_SHARD_PAGES, and refuses what is not a whole number of pages", () => {
    expect(shardPageLimit({})).toBe(DEFAULT_SHARD_PAGES);
    expect(shardPageLimit({ BLOG_SEARCH_SHARD_PAGES: "250" })).toBe(250);
    for (const value of ["0", "-3", "2.5", "many"])
      expect(() => shardPageLimit({ BLOG_SEARCH_SHARD_PAGES: value })).toThrow(
        `BLOG_SEARCH_SHARD_PAGES: expected a whole number of pages, 1 or more, found "${value}"`,
      );
  });
});
