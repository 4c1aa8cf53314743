import { describe, expect, it } from "vitest";
import { fixtureDist } from "../support/fixture-site.ts";
import { openSitePage, useSiteInBrowser } from "../support/site-in-browser.ts";

const site = useSiteInBrowser(fixtureDist);

const openPage = (path: string, options: { javaScript?: boolean } = {}) => openSitePage(site, path, options);

describe("a post in another language", () => {
  it("is laid out in its language's direction, its translations a link away by their own names", async () => {
    const { page, errors } = await openPage("/posts/ruby-3-3-0-released/");
    await page.getByRole("navigation", { name: "Also in" }).getByRole("link", { name: "العربية" }).click();
    await page.waitForURL(`${site.server.origin}/ar/posts/ruby-3-3-0-released/`);
    const html = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      direction: getComputedStyle(document.querySelector("main")!).direction,
      header: getComputedStyle(document.querySelector(".site-header")!).direction,
    }));
    expect(html).toEqual({ lang: "ar", direction: "rtl", header: "ltr" });
    // Nothing pushes a right-to-left page sideways into a scrollable strip.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    expect(await page.locator("h1").innerText()).toBe("إصدار Ruby 3.3.0");
    await page.getByRole("link", { name: "日本語" }).click();
    await page.waitForURL(`${site.server.origin}/ja/posts/ruby-3-3-0-released/`);
    expect(await page.locator(".post-meta").innerText()).toContain("2023年12月25日");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("search by language", () => {
  it("searches the reader's language: a Japanese query on the Japanese search page finds the Japanese post", async () => {
    const { page, errors } = await openPage("/ja/posts/ruby-3-3-0-released/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Search" }).click();
    await page.waitForURL(`${site.server.origin}/ja/search/`);
    await page.getByRole("searchbox", { name: "Search posts" }).pressSequentially("パーサー");
    const result = page.locator(".search-result", { hasText: "Ruby 3.3.0 リリース" });
    await result.waitFor();
    expect(await page.locator(".search-result").count()).toBe(1);
    await result.getByRole("link", { name: /Ruby 3\.3\.0 リリース/ }).click();
    await page.waitForURL(`${site.server.origin}/ja/posts/ruby-3-3-0-released/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switches from the site's search page to another language's, which finds only that language", async () => {
    const { page, errors } = await openPage("/search/");
    await page.getByRole("navigation", { name: "Also in" }).getByRole("link", { name: "Deutsch" }).click();
    await page.waitForURL(`${site.server.origin}/de/search/`);
    await page.getByRole("searchbox", { name: "Search posts" }).pressSequentially("Ruby");
    await page.getByRole("status").filter({ hasText: "2 posts." }).waitFor();
    // Each result shows a placeholder until its own data has loaded.
    await page.locator(".search-result-link", { hasText: "Ruby" }).nth(1).waitFor();
    const titles = await page.locator(".search-result-link").allInnerTexts();
    expect(titles.sort()).toEqual(["Ruby 3.3.0 veröffentlicht", "Ruby 3.3.1 veröffentlicht"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("old addresses of every language", () => {
  it("send the reader to the post in that language", async () => {
    const moves = {
      "/en/news/2023/12/25/ruby-3-3-0-released/": "/posts/ruby-3-3-0-released/",
      "/ja/news/2023/12/25/ruby-3-3-0-released/": "/ja/posts/ruby-3-3-0-released/",
      "/de/news/2023/12/25/ruby-3-3-0-released/": "/de/posts/ruby-3-3-0-released/",
      "/ar/news/2023/12/25/ruby-3-3-0-released/": "/ar/posts/ruby-3-3-0-released/",
      "/de/news/2024/04/23/ruby-3-3-1-released/": "/de/posts/ruby-3-3-1-veroeffentlicht/",
    };
    for (const [old, now] of Object.entries(moves)) {
      const { page } = await openPage(old);
      await page.waitForURL(site.server.origin + now);
      expect(await page.evaluate(() => document.documentElement.lang), old).toBe(
        now.split("/")[1] === "posts" ? "en" : now.split("/")[1],
      );
      await page.close();
    }
  });
});
