import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  COMMON_WORD,
  countWords,
  generateCorpus,
  postBody,
  RARE_WORD,
  TAGS,
  WORDS_MAX,
  WORDS_MIN,
} from "../../scripts/bench/corpus.ts";
import { buildPhases, pagesBuilt } from "../../scripts/bench/build.ts";
import { createRandom, zipfSampler } from "../../scripts/bench/random.ts";
import { median } from "../../scripts/support/stats.ts";
import { wordCount } from "../../src/lib/content/reading.ts";
import { postSchema } from "../../src/lib/content/schema.ts";
import { postSlugFromPath } from "../../src/lib/content/slugs.ts";

const corpus = generateCorpus({ posts: 300 });

function frontMatterOf(content: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
  if (!match) throw new Error("no front matter");
  return yaml.load(match[1]!) as Record<string, unknown>;
}

describe("createRandom", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const value of draw(9)) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of draw(9)) expect(value).toBeLessThan(1);
  });

  it("draws Zipf ranks with the most frequent first", () => {
    const random = createRandom(1);
    const draw = zipfSampler(random, 1000, 1);
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 50_000; i++) counts[draw()]! += 1;
    expect(counts[0]).toBeGreaterThan(counts[1]!);
    expect(counts[1]).toBeGreaterThan(counts[9]!);
    // Rank 1 is about half as frequent as rank 0 under Zipf's law with exponent 1.
    expect(counts[1]! / counts[0]!).toBeCloseTo(0.5, 1);
  });
});

describe("generateCorpus", () => {
  it("gives the same corpus for the same seed, byte for byte", () => {
    expect(generateCorpus({ posts: 40 })).toEqual(generateCorpus({ posts: 40 }));
    expect(generateCorpus({ posts: 40, seed: 2 }).posts[0]!.content).not.toBe(corpus.posts[0]!.content);
  });

  it("makes posts whose front matter passes the site's schema", () => {
    for (const post of corpus.posts) {
      const data = postSchema.parse(frontMatterOf(post.content));
      expect(data.title.length).toBeGreaterThan(0);
      expect(data.description).toBeTruthy();
      expect(data.tags.length).toBeGreaterThanOrEqual(2);
      expect(data.tags.length).toBeLessThanOrEqual(5);
      for (const tag of data.tags) expect(TAGS).toContain(tag);
      expect(data.categories).toHaveLength(1);
      expect(CATEGORIES).toContain(data.categories[0]);
      expect(data.date.getUTCFullYear()).toBeGreaterThanOrEqual(2015);
      expect(data.date.getUTCFullYear()).toBeLessThanOrEqual(2024);
      expect(data.draft).toBe(false);
    }
  });

  it("uses about 30 tags and dates spread over 10 years", () => {
    expect(TAGS).toHaveLength(30);
    expect(new Set(corpus.posts.flatMap((post) => post.tags)).size).toBe(30);
    expect(new Set(corpus.posts.map((post) => post.date.slice(0, 4))).size).toBe(10);
  });

  it("writes about 800 words a post, counted as the reading time counts them", () => {
    const counts = corpus.posts.map((post) => wordCount(postBody(post.content)));
    for (const [index, count] of counts.entries()) {
      expect(count).toBe(corpus.posts[index]!.words);
      expect(count).toBeGreaterThanOrEqual(WORDS_MIN);
      expect(count).toBeLessThanOrEqual(WORDS_MAX + 10);
    }
    const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
    expect(Math.abs(mean - 800)).toBeLessThan(20);
    expect(countWords("Hello, world — again.")).toBe(wordCount("Hello, world — again."));
  });

  it("shapes each body like the seed post: 5 headings, 3 code blocks, a table", () => {
    for (const post of corpus.posts) {
      const body = postBody(post.content);
      const fences = body.match(/^```/gm) ?? [];
      expect(fences).toHaveLength(6);
      const outsideCode = body.replace(/^```[\s\S]*?^```$/gm, "");
      expect(outsideCode.match(/^#{2,3} /gm)).toHaveLength(5);
      expect(outsideCode.match(/^\|---/gm)).toHaveLength(1);
    }
  });

  it("names files Jekyll-style with unique slugs the site publishes them at", () => {
    const slugs = corpus.posts.map((post) => post.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const post of corpus.posts) {
      expect(post.fileName).toBe(`${post.date}-${post.slug}.md`);
      expect(postSlugFromPath(post.fileName)).toBe(post.slug);
    }
  });

  it("links only to posts in the corpus", () => {
    const slugs = new Set(corpus.posts.map((post) => post.slug));
    for (const post of corpus.posts) {
      for (const [, slug] of post.content.matchAll(/\]\(\/posts\/([^/]+)\/\)/g)) expect(slugs).toContain(slug);
    }
  });

  it("puts the rare search word in exactly one post and the common one in most", () => {
    const withRare = corpus.posts.filter((post) => post.content.includes(RARE_WORD));
    expect(withRare.map((post) => post.slug)).toEqual([corpus.rarePostSlug]);
    expect(corpus.commonWord).toBe(COMMON_WORD);
    expect(corpus.commonWordPosts).toBeGreaterThan(corpus.posts.length / 2);
  });
});

describe("the benchmark's build log reading", () => {
  const timer = (ms: number) => ({ elapsedTime: ms, heapUsedChange: 0, heapUsedTotal: 0 });

  it("splits the wall time into phases from Astro's timer, the sync line and Pagefind's own log line", () => {
    const phases = buildPhases(
      20_000,
      {
        "Total build": timer(18_000),
        "Sync content layer": timer(5_000),
        "Prerender build": timer(1_500),
        "Client build": timer(500),
        "Static generate": timer(6_000),
      },
      "12:00:00 [pagefind] Search index of 1000 pages in 2 shards: 1 indexed (500 pages), 1 copied from the cache, in 4.5s.",
      1_200,
    );
    expect(phases).toEqual({
      setup: 1_200,
      contentSync: 5_000,
      bundling: 2_000,
      rendering: 6_000,
      pagefind: 4_500,
      other: 1_300,
    });
  });

  it("reads Astro's page count, colour codes or not", () => {
    expect(pagesBuilt("12:00:00 [build] 1574 page(s) built in 24.21s")).toBe(1574);
    expect(pagesBuilt("\u001b[32m12 page(s) built in\u001b[0m 3s")).toBe(12);
    expect(pagesBuilt("no count here")).toBeUndefined();
  });

  it("takes medians of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
