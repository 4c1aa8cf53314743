import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSiteInBrowser } from "../support/site-in-browser.ts";
import { fixtureDist } from "../support/fixture-site.ts";

const site = useSiteInBrowser(fixtureDist);

async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(site.server.origin + path);
  return { page, errors };
}

describe("search", () => {
  it("finds the seed post as the reader types, shows its date, and follows the link", async () => {
    const { page, errors } = await openPage("/search/");
    await page.locator(".pagefind-ui__search-input").pressSequentially("FastAPI");
    const result = page.locator(".pagefind-ui__result", { hasText: "FastAPI vs Django" });
    await result.waitFor();
    expect(await result.locator(".pagefind-ui__result-excerpt").innerText()).toMatch(/fastapi/i);
    expect(await result.innerText()).toContain("December 1, 2024");
    expect(new URL(page.url()).searchParams.get("q")).toBe("FastAPI");
    await result.getByRole("link", { name: /FastAPI vs Django/ }).click();
    await page.waitForURL(`${site.server.origin}/posts/fastapi-vs-django/`);
    expect(await page.locator("h1").innerText()).toBe("FastAPI vs Django: Choosing the Right Python Framework");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("runs the query in ?q= on load and offers a tag filter", async () => {
    const { page, errors } = await openPage("/search/?q=callout");
    await page.locator(".pagefind-ui__result", { hasText: "Components in MDX" }).waitFor();
    const tagFilter = page.locator(".pagefind-ui__filter-block", { hasText: /tag/i });
    await tagFilter.waitFor();
    expect(await tagFilter.innerText()).toContain("MDX");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds nothing from drafts", async () => {
    const { page } = await openPage("/search/?q=zanzibarian");
    await page
      .locator(".pagefind-ui__message")
      .filter({ hasText: /No results/i })
      .waitFor();
    expect(await page.locator(".pagefind-ui__result").count()).toBe(0);
    await page.close();
  });

  it("is one plain link away from every page", async () => {
    const { page, errors } = await openPage("/posts/fastapi-vs-django/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Search" }).click();
    await page.waitForURL(`${site.server.origin}/search/`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
