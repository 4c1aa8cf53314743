/**
 * The Pagefind step of `npm run build`, with a cache: the index is a function of the post pages it reads,
 * Pagefind's version and its options, so when none of those changed the previous index is copied instead of
 * being built again (Pagefind re-reads every post otherwise: about 25 s and 4 GB at 10,000 posts).
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefindService from "pagefind";
import { POST_PAGES_GLOB, SITE_FOLDERS } from "../../src/lib/urls/urls.ts";

/** What one search-index step did: how many pages the index holds and whether it was copied from the cache. */
export interface SearchIndexResult {
  pages: number;
  reused: boolean;
}

interface CachedIndex {
  key: string;
  pages: number;
}

/** Pagefind's version, from the manifest beside its entry point (its `exports` hide `pagefind/package.json`). */
const pagefindVersion = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.resolve("pagefind")), "utf8")) as { version: string }
).version;

/** Returns the key of the index a site's post pages make: Pagefind's version, its options (this file), every page's path and bytes. */
export function searchIndexKey(siteDir: string): string {
  const hash = createHash("sha256")
    .update(JSON.stringify({ pagefindVersion, glob: POST_PAGES_GLOB }))
    // This file holds the options Pagefind is run with: a change to them is a change to the index.
    .update(readFileSync(new URL(import.meta.url)));
  for (const file of globSync(POST_PAGES_GLOB, { cwd: siteDir }).sort()) {
    hash.update(`\0${file}\0`).update(
      createHash("sha256")
        .update(readFileSync(join(siteDir, file)))
        .digest("hex"),
    );
  }
  return hash.digest("hex");
}

function readCachedIndex(cacheDir: string): CachedIndex | undefined {
  try {
    const cached = JSON.parse(readFileSync(join(cacheDir, "index.json"), "utf8")) as Partial<CachedIndex>;
    if (typeof cached.key !== "string" || typeof cached.pages !== "number") return undefined;
    if (!existsSync(join(cacheDir, SITE_FOLDERS.searchIndex))) return undefined;
    return { key: cached.key, pages: cached.pages };
  } catch {
    return undefined;
  }
}

/** Keeps a copy of the index just written; the copy is built beside the cache and swapped in whole. */
function saveCachedIndex(cacheDir: string, siteDir: string, cached: CachedIndex): void {
  const partial = `${cacheDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  cpSync(join(siteDir, SITE_FOLDERS.searchIndex), join(partial, SITE_FOLDERS.searchIndex), { recursive: true });
  writeFileSync(join(partial, "index.json"), JSON.stringify(cached));
  rmSync(cacheDir, { recursive: true, force: true });
  renameSync(partial, cacheDir);
}

/**
 * Writes the Pagefind index of a built site into its `pagefind/` folder and returns how many pages it read.
 * Only post pages are read: only they carry `data-pagefind-body`, so listings would add nothing but reading
 * time. Tags and categories become filters, the date a sort (all marked in the post layout). Each language
 * gets its own index, as each page's `<html lang>` says, so Japanese is segmented and German stemmed as such;
 * a search page loads the index of its own `<html lang>`.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefindService.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const indexed = await index.addDirectory({ path: siteDir, glob: POST_PAGES_GLOB });
    if (indexed.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${indexed.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, SITE_FOLDERS.searchIndex) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: indexed.page_count };
  } finally {
    await pagefindService.close();
  }
}

/**
 * Writes the search index of a built site: copied from `cacheDir` when its key (see {@link searchIndexKey}) is
 * the cached one, else built by Pagefind and then kept in `cacheDir` for the next build.
 */
export async function writeSearchIndex(siteDir: string, cacheDir: string): Promise<SearchIndexResult> {
  const key = searchIndexKey(siteDir);
  const cached = readCachedIndex(cacheDir);
  if (cached?.key === key) {
    cpSync(join(cacheDir, SITE_FOLDERS.searchIndex), join(siteDir, SITE_FOLDERS.searchIndex), { recursive: true });
    return { pages: cached.pages, reused: true };
  }
  const { pages } = await buildSearchIndex(siteDir);
  saveCachedIndex(cacheDir, siteDir, { key, pages });
  return { pages, reused: false };
}
