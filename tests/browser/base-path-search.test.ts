import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, type AstroServer } from "../../scripts/support/astro-server.ts";
import { launchBrowser } from "../../scripts/support/browser.ts";
import { buildSite } from "../support/build-site.ts";
import { fixturePostDirs, projectRoot } from "../support/fixture-site.ts";

const basePath = "/blog/";
const outDir = join(projectRoot, "tests/.output/base-search-dist");

let server: AstroServer;
let browser: Browser;

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  buildSite({ BASE_PATH: basePath, BLOG_POSTS_DIRS: fixturePostDirs, BLOG_OUT_DIR: outDir });
  [server, browser] = await Promise.all([startPreview(outDir, { BASE_PATH: basePath }), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
});

describe(`search under BASE_PATH=${basePath}`, () => {
  it("loads its index from the sub-path, finds the seed post and links to it under the sub-path", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    const requested: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    page.on("response", (response) => {
      if (response.status() >= 400 && new URL(response.url()).pathname.includes("/pagefind/"))
        errors.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(`${server.origin}${basePath}search/`);
    await page.getByRole("searchbox", { name: "Search posts" }).pressSequentially("FastAPI");
    const result = page.locator(".search-result", { hasText: "FastAPI vs Django" });
    await result.waitFor();
    const link = result.getByRole("link", { name: /FastAPI vs Django/ });
    expect(await link.getAttribute("href")).toBe("/blog/posts/fastapi-vs-django/");
    await link.click();
    await page.waitForURL(`${server.origin}/blog/posts/fastapi-vs-django/`);
    expect(await page.locator("h1").innerText()).toBe("FastAPI vs Django: Choosing the Right Python Framework");

    // Nothing the pages or Pagefind fetch falls outside the sub-path, and every Pagefind file loads.
    expect(requested.filter((path) => !path.startsWith(basePath))).toEqual([]);
    expect(requested).toContain("/blog/pagefind/en-2024/pagefind.js");
    // The older shards are merged from the sub-path too; the seed post's result comes from the newest.
    for (const shard of ["en-2023", "en-2022"])
      expect(requested).toContain(`/blog/pagefind/${shard}/pagefind-entry.json`);
    expect(requested.some((path) => path.startsWith("/blog/pagefind/en-2024/fragment/"))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
