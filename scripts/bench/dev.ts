/**
 * The writing loop (`npm run bench -- --dev`): `astro dev` on the corpus, how long until its first page answers
 * with an empty cache and with the cache that first start left, and how long an edited post takes to show.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startDev, type AstroServer } from "../support/astro-server.ts";

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

/** Starts `astro dev` on the corpus and returns it with the ms until its home page answered. */
async function firstPage(options: DevLoopOptions): Promise<{ server: AstroServer; ms: number }> {
  const started = performance.now();
  const server = await startDev(
    { BLOG_POSTS_DIRS: options.postsDir, BLOG_CACHE_DIR: options.cacheDir },
    { startTimeoutMs: 600_000 },
  );
  await waitForPage(`${server.origin}/`, 600_000, () => true);
  return { server, ms: performance.now() - started };
}

/** Measures the writing loop; the edited post is restored afterwards, and the cache folder emptied first. */
export async function measureDevLoop(options: DevLoopOptions): Promise<DevLoopRun> {
  rmSync(join(options.projectRoot, options.cacheDir), { recursive: true, force: true });
  const cold = await firstPage(options);
  await cold.server.stop();
  const warm = await firstPage(options);
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
