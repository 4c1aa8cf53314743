import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openSitePage, useSiteInBrowser } from "../support/site-in-browser.ts";
import { fixtureDist } from "../support/fixture-site.ts";

const site = useSiteInBrowser(fixtureDist);

const openPage = (path: string, options: { javaScript?: boolean } = {}) => openSitePage(site, path, options);

/** The search page's address as the reader sees it: path and query, decoded. */
const address = (page: Page) => {
  const url = new URL(page.url());
  return decodeURIComponent(url.pathname + url.search).replace(/\+/g, " ");
};

/** The titles of the results shown, in order, once `count` of them are there. */
async function resultTitles(page: Page, count: number): Promise<string[]> {
  await page
    .locator(".search-result")
    .nth(count - 1)
    .waitFor();
  return page.locator(".search-result-link").allInnerTexts();
}

describe("search", () => {
  it("finds the seed post as the reader types, shows its date, and follows the link", async () => {
    const { page, errors } = await openPage("/search/");
    await page.getByRole("searchbox", { name: "Search posts" }).pressSequentially("FastAPI");
    const result = page.locator(".search-result", { hasText: "FastAPI vs Django" });
    await result.waitFor();
    const excerpt = await result.locator(".search-result-excerpt").innerText();
    expect(excerpt).toMatch(/fastapi/i);
    // The title is the result's link; the excerpt starts in the post's text, not with the title again.
    expect(excerpt).not.toContain("FastAPI vs Django: Choosing");
    expect(await result.innerText()).toContain("December 1, 2024");
    expect(new URL(page.url()).searchParams.get("q")).toBe("FastAPI");
    await result.getByRole("link", { name: /FastAPI vs Django/ }).click();
    await page.waitForURL(`${site.server.origin}/posts/fastapi-vs-django/`);
    expect(await page.locator("h1").innerText()).toBe("FastAPI vs Django: Choosing the Right Python Framework");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lists a tag's posts newest first from its tag page, with nothing typed", async () => {
    const { page, errors } = await openPage("/tags/python/");
    await page.getByRole("link", { name: "Search within these posts" }).click();
    await page.waitForURL(/\/search\/\?tag=/);
    expect(address(page)).toBe("/search/?tag=Python");
    // The address is read into the form once Pagefind has loaded: results listed mean it has been.
    const titles = await resultTitles(page, 2);
    expect(await page.getByRole("searchbox", { name: "Search posts" }).inputValue()).toBe("");
    expect(await page.getByRole("checkbox", { name: /^Python/ }).isChecked()).toBe(true);
    expect(titles).toEqual(["FastAPI vs Django: Choosing the Right Python Framework", "Three languages named C"]);
    expect(await page.getByRole("status").innerText()).toBe("2 posts, newest first.");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lists posts newest first across the index's shards (the fixture's English posts are in three)", async () => {
    const { page, errors } = await openPage("/search/?tag=Ruby");
    // 3.3.0 is in the 2023 shard, 3.3.1 in the 2024 shard, which the page loads first.
    expect(await resultTitles(page, 2)).toEqual(["Ruby 3.3.1 Released", "Ruby 3.3.0 Released"]);
    await page.goto(new URL("/search/?year=2022&year=2023&year=2024", page.url()).href);
    await resultTitles(page, 20);
    expect(await page.getByRole("status").innerText()).toBe("22 posts, newest first.");
    const dates = (await page.locator(".search-result-date").allInnerTexts()).map((text) => Date.parse(text));
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
    expect(new Date(dates[0] ?? 0).getFullYear()).toBe(2024);
    expect(new Date(dates.at(-1) ?? 0).getFullYear()).toBe(2022);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("offers every tag, category and year before anything is typed", async () => {
    const { page, errors } = await openPage("/search/");
    const groups = page.locator(".search-filter legend");
    await groups.first().waitFor();
    expect(await groups.allInnerTexts()).toEqual(["Tags", "Categories", "Years"]);
    const years = page.getByRole("group", { name: "Years" }).locator(".search-filter-label");
    expect(await years.allInnerTexts()).toEqual(["2024", "2023", "2022"]);
    await page.getByRole("checkbox", { name: /^Journal/ }).check();
    expect(address(page)).toBe("/search/?category=Journal");
    expect(await resultTitles(page, 11)).toHaveLength(11);
    expect(await page.getByRole("status").innerText()).toBe("11 posts, newest first.");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("restores a shared address's query and filter, and back and forward restore each step", async () => {
    const { page, errors } = await openPage("/search/?q=note&category=Journal&year=2022");
    await page.locator(".search-result").first().waitFor();
    expect(await page.getByRole("searchbox", { name: "Search posts" }).inputValue()).toBe("note");
    expect(await page.getByRole("checkbox", { name: /^Journal/ }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: /^2022/ }).isChecked()).toBe(true);
    const titles = await page.locator(".search-result-link").allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^Paginated note/);

    await page.getByRole("checkbox", { name: /^2022/ }).uncheck();
    await page.waitForURL(/\?q=note&category=Journal$/);
    await page.goBack();
    await page.waitForURL(/year=2022/);
    expect(await page.getByRole("checkbox", { name: /^2022/ }).isChecked()).toBe(true);
    await page.goForward();
    await page.waitForURL(/\?q=note&category=Journal$/);
    expect(await page.getByRole("checkbox", { name: /^2022/ }).isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("clears the query from the address when the box is cleared, keeping the filters", async () => {
    const { page, errors } = await openPage("/search/?tag=Python");
    const box = page.getByRole("searchbox", { name: "Search posts" });
    await page.locator(".search-result").first().waitFor();
    await box.pressSequentially("django");
    await page.waitForURL(/q=django/);
    await box.fill("");
    await page.waitForURL((url) => !url.searchParams.has("q"));
    expect(address(page)).toBe("/search/?tag=Python");
    expect(await resultTitles(page, 2)).toHaveLength(2);
    await page.getByRole("checkbox", { name: /^Python/ }).uncheck();
    await page.waitForURL((url) => url.search === "");
    expect(await page.getByRole("status").innerText()).toMatch(/^Type to search/);
    expect(await page.locator(".search-result").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("finds nothing from drafts", async () => {
    const { page } = await openPage("/search/?q=zanzibarian");
    await page.getByRole("status").filter({ hasText: "No results." }).waitFor();
    expect(await page.locator(".search-result").count()).toBe(0);
    await page.context().close();
  });

  it("without JavaScript, is a web search restricted to the site, and says so", async () => {
    const { page } = await openPage("/search/", { javaScript: false });
    expect(await page.locator(".search-note").innerText()).toBe(
      "Without JavaScript this form searches example.com on DuckDuckGo, and the filters below stay off; with it, search runs in this page.",
    );
    expect(await page.getByRole("checkbox", { name: /^Python/ }).isDisabled()).toBe(true);
    const form = page.getByRole("search");
    expect(await form.getAttribute("action")).toBe("https://duckduckgo.com/");
    expect(await form.locator('input[name="sites"]').getAttribute("value")).toBe("example.com");
    await page.context().close();
  });

  it("is one plain link away from every page", async () => {
    const { page, errors } = await openPage("/posts/fastapi-vs-django/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Search" }).click();
    await page.waitForURL(`${site.server.origin}/search/`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
