import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { searchIndexKey } from "../../scripts/support/search-index.ts";

let site: string;

function write(file: string, html: string): void {
  mkdirSync(join(site, file, ".."), { recursive: true });
  writeFileSync(join(site, file), html);
}

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), "search-index-"));
  write("posts/a/index.html", '<html lang="en"><article data-pagefind-body><h1>A</h1><p>Alpha.</p></article></html>');
  write("posts/b/index.html", "<article data-pagefind-body><h1>B</h1><p>Beta.</p></article>");
  write("index.html", "<ul><li>A</li><li>B</li></ul>");
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

describe("searchIndexKey", () => {
  it("changes when a post page's bytes change, or a post page comes or goes", () => {
    const before = searchIndexKey(site);
    write("posts/a/index.html", "<article data-pagefind-body><h1>A</h1><p>Alpha, edited.</p></article>");
    const edited = searchIndexKey(site);
    expect(edited).not.toBe(before);
    write("posts/c/index.html", "<article data-pagefind-body><h1>C</h1></article>");
    const added = searchIndexKey(site);
    expect(added).not.toBe(edited);
    rmSync(join(site, "posts/c"), { recursive: true });
    expect(searchIndexKey(site)).toBe(edited);
  });

  it("changes when a page's language changes (each language gets its own index)", () => {
    const before = searchIndexKey(site);
    write("posts/a/index.html", '<html lang="de"><article data-pagefind-body><h1>A</h1><p>Alpha.</p></article></html>');
    expect(searchIndexKey(site)).not.toBe(before);
  });

  it("ignores pages Pagefind does not read: a listing changing keeps the cached index", () => {
    const before = searchIndexKey(site);
    write("index.html", "<ul><li>B</li><li>A</li></ul>");
    write("tags/x/index.html", "<ul><li>A</li></ul>");
    expect(searchIndexKey(site)).toBe(before);
  });
});
