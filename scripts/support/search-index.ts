/**
 * The Pagefind step of `npm run build`: the search index is written in parts ("shards", listed by the build in
 * `pagefind/shards.json`, see src/lib/outputs/search-shards.ts), each a Pagefind bundle of its own. A shard is a
 * function of its post pages, Pagefind's version and its options, so a shard whose key is the cached one is copied
 * from the cache instead of being indexed again: an edited post re-indexes only its shard, and each run of Pagefind
 * holds one shard, never the whole archive, in memory.
 */
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  globSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import * as pagefindService from "pagefind";
import { hashFile } from "./project.ts";
import type { SearchShard, SearchShardManifest } from "../../src/lib/outputs/search-shards.ts";
import { POST_PAGES_GLOB, SITE_FILES, SITE_FOLDERS } from "../../src/lib/urls/urls.ts";

/** What one search-index step did. */
export interface SearchIndexResult {
  /** Post pages in the index. */
  pages: number;
  /** Shards in the index. */
  shards: number;
  /** Shards Pagefind indexed in this step, and their pages; the others were copied from the cache. */
  indexedShards: number;
  indexedPages: number;
}

interface CachedShard {
  key: string;
}

/** The folder of a shard's copy in the cache, and the bundle inside it. */
const BUNDLE = "bundle";
const RECORD = "shard.json";

/** Pagefind's version, from the manifest beside its entry point (its `exports` hide `pagefind/package.json`). */
const pagefindVersion = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.resolve("pagefind")), "utf8")) as { version: string }
).version;

/** Returns the shards the build listed for the search step; throws, naming the file, when it is missing or malformed. */
function readShardManifest(siteDir: string): SearchShard[] {
  const file = join(siteDir, SITE_FILES.searchShards);
  if (!existsSync(file)) throw new Error(`${SITE_FILES.searchShards} is missing from the built site`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Partial<SearchShardManifest>;
  if (!Array.isArray(manifest.shards)) throw new Error(`${SITE_FILES.searchShards}: expected a list of shards`);
  return manifest.shards;
}

/**
 * Throws unless the shards list every post page of the built site once and nothing else: a page left out would be
 * missing from search, one listed twice would show twice.
 */
export function checkShardsCoverPostPages(siteDir: string, shards: readonly SearchShard[]): void {
  const listings = new Map<string, number>();
  for (const page of shards.flatMap((shard) => shard.pages)) listings.set(page, (listings.get(page) ?? 0) + 1);
  const built = new Set(globSync(POST_PAGES_GLOB, { cwd: siteDir }).map((file) => file.split("\\").join("/")));
  const twice = [...listings].filter(([, count]) => count > 1).map(([page]) => page);
  const missing = [...built].filter((page) => !listings.has(page));
  const unbuilt = [...listings.keys()].filter((page) => !built.has(page));
  const faults = [
    ...twice.map((page) => `${page} is listed in two shards`),
    ...missing.map((page) => `${page} is in no shard`),
    ...unbuilt.map((page) => `${page} is listed in a shard but was not built`),
  ];
  if (faults.length > 0) throw new Error(`the search shards do not match the post pages: ${faults.join("; ")}`);
}

/** Returns the bytes of a shard's pages in the built site, in the shard's order: read once for its key and its index. */
export function readShardPages(siteDir: string, shard: SearchShard): Buffer[] {
  return shard.pages.map((page) => readFileSync(join(siteDir, page)));
}

/**
 * Returns the key of a shard's index: Pagefind's version, its options (this file), the shard, its pages' paths and
 * bytes (`pages`, from {@link readShardPages}).
 */
export function searchShardKey(shard: SearchShard, pages: readonly Buffer[]): string {
  const hash = createHash("sha256")
    .update(JSON.stringify({ pagefindVersion, name: shard.name, lang: shard.lang }))
    // This file holds the options Pagefind is run with: a change to them is a change to the index.
    .update(readFileSync(new URL(import.meta.url)));
  shard.pages.forEach((page, index) => hashFile(hash, page, pages[index] ?? ""));
  return hash.digest("hex");
}

function readCachedShard(cacheDir: string, name: string): CachedShard | undefined {
  try {
    const cached = JSON.parse(readFileSync(join(cacheDir, name, RECORD), "utf8")) as Partial<CachedShard>;
    if (typeof cached.key !== "string") return undefined;
    if (!existsSync(join(cacheDir, name, BUNDLE))) return undefined;
    return { key: cached.key };
  } catch {
    return undefined;
  }
}

/** Keeps a copy of a shard just written; the copy is made beside the cached one and swapped in whole. */
function saveCachedShard(cacheDir: string, bundleDir: string, name: string, cached: CachedShard): void {
  const partial = join(cacheDir, `${name}.partial`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  cpSync(bundleDir, join(partial, BUNDLE), { recursive: true });
  writeFileSync(join(partial, RECORD), JSON.stringify(cached));
  rmSync(join(cacheDir, name), { recursive: true, force: true });
  renameSync(partial, join(cacheDir, name));
}

/** Removes cached shards the index no longer has, so the cache holds one index, not every index ever built. */
function pruneCache(cacheDir: string, shards: readonly SearchShard[]): void {
  if (!existsSync(cacheDir)) return;
  const current = new Set(shards.map((shard) => shard.name));
  for (const entry of readdirSync(cacheDir))
    if (!current.has(entry)) rmSync(join(cacheDir, entry), { recursive: true, force: true });
}

/**
 * Writes one shard's Pagefind bundle into `bundleDir`. Only post pages are
 * read: only they carry `data-pagefind-body`. Tags, categories and years become filters, the date a sort (all
 * marked in the post layout); a shard holds one language, as each page's `<html lang>` says, so Japanese is
 * segmented and German stemmed as such.
 */
async function indexShard(shard: SearchShard, pages: readonly Buffer[], bundleDir: string): Promise<void> {
  const { index, errors } = await pagefindService.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (const [position, page] of shard.pages.entries()) {
      const content = pages[position]?.toString("utf8") ?? "";
      const added = await index.addHTMLFile({ sourcePath: page, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write shard ${shard.name}: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Writes the search index of a built site, shard by shard: each copied from `cacheDir` when its key (see
 * {@link searchShardKey}) is the cached one, else indexed by Pagefind and kept in `cacheDir` for the next build.
 */
export async function writeSearchIndex(siteDir: string, cacheDir: string): Promise<SearchIndexResult> {
  const shards = readShardManifest(siteDir);
  checkShardsCoverPostPages(siteDir, shards);
  const result: SearchIndexResult = { pages: 0, shards: shards.length, indexedShards: 0, indexedPages: 0 };
  try {
    for (const shard of shards) {
      const bundleDir = join(siteDir, SITE_FOLDERS.searchIndex, shard.name);
      const pages = readShardPages(siteDir, shard);
      const key = searchShardKey(shard, pages);
      const cached = readCachedShard(cacheDir, shard.name);
      if (cached?.key === key) {
        cpSync(join(cacheDir, shard.name, BUNDLE), bundleDir, { recursive: true });
      } else {
        await indexShard(shard, pages, bundleDir);
        saveCachedShard(cacheDir, bundleDir, shard.name, { key });
        result.indexedShards += 1;
        result.indexedPages += shard.pages.length;
      }
      result.pages += shard.pages.length;
    }
  } finally {
    await pagefindService.close();
  }
  pruneCache(cacheDir, shards);
  return result;
}
