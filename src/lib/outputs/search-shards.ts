/**
 * How the search index is split into parts ("shards"), each a Pagefind bundle of its own. A language's post pages
 * are cut into runs of whole years, oldest first, each of at most `shardPageLimit()` pages unless one year alone
 * holds more. The build indexes each shard alone and reuses the shards whose pages did not change, so an edited
 * post re-indexes only its own years and no run of Pagefind holds the whole archive in memory. A search page loads
 * its language's newest shard and merges the older ones after it, newest first, with Pagefind's `mergeIndex`.
 */
import { calendarYear } from "../content/dates.ts";
import type { Post } from "../content/post.ts";
import { languagesOf, postsInLanguage } from "../content/translations.ts";
import { languageSegment, postPageFile, searchShardUrl } from "../urls/urls.ts";
import { site } from "../../site.config.ts";

/**
 * Pages per shard unless `BLOG_SEARCH_SHARD_PAGES` says otherwise. Each shard costs every search one more chunk of
 * about 28 KB per word, and an edit costs the indexing of its shard's pages; Pagefind needs about 0.6 GB per 1,000
 * pages (docs/performance.md). 3,000 keeps a blog of up to 3,000 posts in one index, and 10,000 in four.
 */
export const DEFAULT_SHARD_PAGES = 3000;

/** Returns how many pages a shard holds at most: `BLOG_SEARCH_SHARD_PAGES`, else {@link DEFAULT_SHARD_PAGES}. */
export function shardPageLimit(env: Record<string, string | undefined> = process.env): number {
  const value = env["BLOG_SEARCH_SHARD_PAGES"];
  if (value === undefined || value === "") return DEFAULT_SHARD_PAGES;
  const pages = Number(value);
  if (!Number.isSafeInteger(pages) || pages < 1)
    throw new Error(`BLOG_SEARCH_SHARD_PAGES: expected a whole number of pages, 1 or more, found "${value}"`);
  return pages;
}

/** One part of the search index. */
export interface SearchShard {
  /** Its folder under the search index folder, from its language and years: `en-2015-2017`, `ja-2024`. */
  name: string;
  lang: string;
  /** The post pages it indexes, as files of the built site (`posts/<slug>/index.html`), by file. */
  pages: string[];
}

/** The file the build writes for the search step: every shard and its pages. */
export interface SearchShardManifest {
  shards: SearchShard[];
}

/** Returns years, oldest first, cut into runs of at most `limit` posts (a year with more is a run of its own). */
function packYears(postsByYear: ReadonlyMap<number, number>, limit: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let runPosts = 0;
  for (const year of [...postsByYear.keys()].sort((a, b) => a - b)) {
    const posts = postsByYear.get(year) ?? 0;
    if (run.length > 0 && runPosts + posts > limit) {
      runs.push(run);
      run = [];
      runPosts = 0;
    }
    run.push(year);
    runPosts += posts;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Returns one language's shards, oldest first. */
function languageShards(posts: readonly Post[], lang: string, limit: number): SearchShard[] {
  const byYear = Map.groupBy(postsInLanguage(posts, lang), (post) => calendarYear(post.date, site.timeZone));
  const counts = new Map([...byYear].map(([year, yearPosts]) => [year, yearPosts.length]));
  return packYears(counts, limit).map((years) => {
    const first = years[0] as number;
    const last = years.at(-1) as number;
    return {
      name: `${languageSegment(lang)}-${first}${last === first ? "" : `-${last}`}`,
      lang,
      pages: years
        .flatMap((year) => byYear.get(year) ?? [])
        .map((post) => postPageFile(post.slug, post.lang))
        .sort(),
    };
  });
}

/** Returns every shard of the search index: by language (the site's first), each language's oldest first. */
export function searchShards(posts: readonly Post[], limit: number = shardPageLimit()): SearchShard[] {
  return languagesOf(posts).flatMap((lang) => languageShards(posts, lang, limit));
}

/** Returns the bundle URLs a search page in `lang` loads, newest shard first: the first is Pagefind's primary index. */
export function searchShardUrls(posts: readonly Post[], lang: string, limit: number = shardPageLimit()): string[] {
  return languageShards(posts, lang, limit)
    .reverse()
    .map((shard) => searchShardUrl(shard.name));
}

/** Returns the manifest the search step reads, as JSON. */
export function searchShardManifest(posts: readonly Post[], limit: number = shardPageLimit()): string {
  const manifest: SearchShardManifest = { shards: searchShards(posts, limit) };
  return JSON.stringify(manifest);
}
