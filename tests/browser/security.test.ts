import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSiteInBrowser } from "../support/site-in-browser.ts";
import { fixtureDist } from "../support/fixture-site.ts";

const site = useSiteInBrowser(fixtureDist);

interface Visit {
  page: Page;
  violations: string[];
  dialogs: string[];
}

/** Opens a page, recording CSP violations (as the browser reports them) and any dialog a script opens. */
async function visit(path: string): Promise<Visit> {
  const page = await site.browser.newPage();
  page.setDefaultTimeout(15_000);
  const violations: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(site.server.origin + path, { waitUntil: "load" });
  return { page, violations, dialogs };
}

describe("the Content-Security-Policy", () => {
  it("lets a post load with no violation", async () => {
    const { page, violations } = await visit("/posts/fastapi-vs-django/");
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(await page.locator("pre.astro-code").count()).toBeGreaterThan(0);
    // Code keeps its theme colours under a policy with no inline styles: they come from classes.
    const keyword = page.locator("pre.astro-code span", { hasText: /^from$/ }).first();
    const colour = () => keyword.evaluate((node) => getComputedStyle(node).color);
    expect(await colour()).toBe("rgb(160, 17, 31)");
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await colour()).toBe("rgb(255, 148, 146)");
    expect(violations).toEqual([]);
    await page.close();
  });

  it("lets search run under it with no violation", async () => {
    const { page, violations } = await visit("/search/?q=django");
    await page.locator(".search-result", { hasText: "FastAPI vs Django" }).waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe("hostile text in the browser", () => {
  const title = `</script><script>alert('title')</script> "><img src=x onerror=alert('title')> &amp; 🚀 שלום עולם`;

  it("opens no dialog on the post and shows the title as written", async () => {
    const { page, dialogs } = await visit("/posts/hostile-text/");
    expect(await page.locator("h1").innerText()).toBe(title);
    expect(await page.title()).toBe(`${title} · Field Notes`);
    // The author's raw <script> is kept in the HTML, but the policy stops it: it carries no hash.
    expect(await page.evaluate(() => document.documentElement.dataset["authorScript"])).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("opens no dialog on its tag page", async () => {
    const { page, dialogs } = await visit("/tags/scriptscriptalerttag-script/");
    expect(await page.locator("h1").innerText()).toBe("Tag: </script><script>alert('tag')</script>");
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("opens no dialog in search results, which show the title as written", async () => {
    const { page, dialogs, violations } = await visit("/search/?q=quokkaesque");
    const resultTitle = page.locator(".search-result-link", { hasText: "שלום עולם" }).first();
    await resultTitle.waitFor();
    expect(await resultTitle.innerText()).toBe(title);
    await page.getByRole("group", { name: "Tags" }).waitFor();
    const labels = await page.locator(".search-filter-label").allInnerTexts();
    expect(labels.join("\n")).toContain(`"＞＜img src=x onerror=alert('tag')＞`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(violations).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
