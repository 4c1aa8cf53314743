/**
 * The writing loop (`npm run bench -- --dev`): `astro dev` on the corpus, how long until its first page answers
 * with an empty cache and with the cache that first start left, and how long an edited post takes to show.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { freePort, startDev, type AstroServer } from "../support/astro-server.ts";

/** What the writing loop measured, in ms from starting `astro dev` or from saving the edit. */
export interface DevLoopRun {
  firstPageColdMs: number;
  firstPageWarmMs: number;
  editShownMs: number;
  /** The post edited, as a site path. */
  editedPath: string;
}

export interface DevLoopOptions {
  projectRoot: string;
  /** The corpus folder and the dev server's cache folder, relative to the project root. */
  postsDir: string;
  cacheDir: string;
  /** The post to edit: its file in the corpus folder and its site path. */
  post: { fileName: string; path: string };
}

/** Waits until `url` answers 200 with a body `accept` takes; returns the body. Gives up after `timeoutMs`. */
async function waitForPage(url: string, timeoutMs: number, accept: (body: string) => boolean): Promise<string> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (response.ok && accept(body)) return body;
    } catch {
      // Not listening yet, or restarting: ask again.
    }
    if (performance.now() > deadline) throw new Error(`${url} did not answer as expected in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts `astro dev` on the corpus and returns it with the ms until its home page answered. Both starts use one
 * port: the port is part of the config Astro digests, and a new one clears the content store like a config edit.
 */
async function firstPage(options: DevLoopOptions, port: number): Promise<{ server: AstroServer; ms: number }> {
  const started = performance.now();
  const server = await startDev(
    { BLOG_POSTS_DIRS: options.postsDir, BLOG_CACHE_DIR: options.cacheDir },
    { startTimeoutMs: 600_000, port },
  );
  await waitForPage(`${server.origin}/`, 600_000, () => true);
  return { server, ms: performance.now() - started };
}

/**
 * The dev server's content store: kept in `.astro/` at the project root, not in the cache folder, and written
 * again from the posts when missing.
 */
const DEV_DATA_STORE = ".astro/data-store.json";

/**
 * Measures the writing loop; the edited post is restored afterwards. The first start has an empty cache: the
 * cache folder and the dev server's content store are removed before it.
 */
export async function measureDevLoop(options: DevLoopOptions): Promise<DevLoopRun> {
  rmSync(join(options.projectRoot, options.cacheDir), { recursive: true, force: true });
  rmSync(join(options.projectRoot, DEV_DATA_STORE), { force: true });
  const port = await freePort();
  const cold = await firstPage(options, port);
  await cold.server.stop();
  const warm = await firstPage(options, port);
  const postFile = join(options.projectRoot, options.postsDir, options.post.fileName);
  const original = readFileSync(postFile, "utf8");
  try {
    const marker = `Edited in the dev server at ${String(Date.now())}.`;
    await waitForPage(`${warm.server.origin}${options.post.path}`, 600_000, () => true);
    const saved = performance.now();
    appendFileSync(postFile, `\n${marker}\n`);
    await waitForPage(`${warm.server.origin}${options.post.path}`, 120_000, (body) => body.includes(marker));
    return {
      firstPageColdMs: cold.ms,
      firstPageWarmMs: warm.ms,
      editShownMs: performance.now() - saved,
      editedPath: options.post.path,
    };
  } finally {
    writeFileSync(postFile, original);
    await warm.server.stop();
  }
}
