import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkShardsCoverPostPages, readShardPages, searchShardKey } from "../../scripts/support/search-index.ts";
import type { SearchShard } from "../../src/lib/outputs/search-shards.ts";

let site: string;

function write(file: string, html: string): void {
  mkdirSync(join(site, file, ".."), { recursive: true });
  writeFileSync(join(site, file), html);
}

const older: SearchShard = { name: "en-2022", lang: "en", pages: ["posts/a/index.html"] };
const newer: SearchShard = { name: "en-2024", lang: "en", pages: ["posts/b/index.html"] };

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), "search-index-"));
  write("posts/a/index.html", '<html lang="en"><article data-pagefind-body><h1>A</h1><p>Alpha.</p></article></html>');
  write("posts/b/index.html", '<html lang="en"><article data-pagefind-body><h1>B</h1><p>Beta.</p></article></html>');
  write("index.html", "<ul><li>A</li><li>B</li></ul>");
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

/** The key of `shard` as the build makes it, from the fixture site's pages. */
const keyOf = (shard: SearchShard) => searchShardKey(shard, readShardPages(site, shard));

describe("searchShardKey", () => {
  it("changes when one of the shard's pages changes, and only that shard's", () => {
    const [olderBefore, newerBefore] = [keyOf(older), keyOf(newer)];
    write(
      "posts/a/index.html",
      '<html lang="en"><article data-pagefind-body><h1>A</h1><p>Edited.</p></article></html>',
    );
    expect(keyOf(older)).not.toBe(olderBefore);
    expect(keyOf(newer)).toBe(newerBefore);
  });

  it("changes when the shard gains a page, or is renamed, and not when a listing page changes", () => {
    const before = keyOf(older);
    expect(keyOf({ ...older, pages: [...older.pages, "posts/b/index.html"] })).not.toBe(before);
    expect(keyOf({ ...older, name: "en-2022-2023" })).not.toBe(before);
    write("index.html", "<ul><li>B</li><li>A</li></ul>");
    expect(keyOf(older)).toBe(before);
  });
});

describe("checkShardsCoverPostPages", () => {
  it("passes when the shards list every post page once", () => {
    expect(() => checkShardsCoverPostPages(site, [older, newer])).not.toThrow();
  });

  it("names a post page in no shard, one in two, and one listed but never built", () => {
    expect(() => checkShardsCoverPostPages(site, [older])).toThrow("posts/b/index.html is in no shard");
    expect(() => checkShardsCoverPostPages(site, [older, newer, { ...newer, name: "en-2025" }])).toThrow(
      "posts/b/index.html is listed in two shards",
    );
    const ghost = { ...newer, pages: [...newer.pages, "posts/c/index.html"] };
    expect(() => checkShardsCoverPostPages(site, [older, ghost])).toThrow(
      "posts/c/index.html is listed in a shard but was not built",
    );
  });
});
