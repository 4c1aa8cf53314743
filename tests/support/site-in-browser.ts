import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startPreview, type AstroServer } from "../../scripts/support/astro-server.ts";
import { launchBrowser } from "../../scripts/support/browser.ts";

/** A built site served by `astro preview`, and a browser to read it with. */
export interface SiteInBrowser {
  server: AstroServer;
  browser: Browser;
}

/** A page opened on the served site, with every script error and console error it has reported so far. */
export interface OpenedPage {
  page: Page;
  errors: string[];
}

/** Opens `path` of the served site in a new browser context (scripts on unless `javaScript: false`), recording its errors. */
export async function openSitePage(
  site: SiteInBrowser,
  path: string,
  options: { javaScript?: boolean } = {},
): Promise<OpenedPage> {
  const context = await site.browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(site.server.origin + path);
  return { page, errors };
}

/**
 * Registers hooks that serve `outDir` with `astro preview` and launch Chromium before the file's
 * tests, and stop both after; the returned object is filled in once they have started.
 */
export function useSiteInBrowser(outDir: string, env: Record<string, string> = {}): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    [site.server, site.browser] = await Promise.all([startPreview(outDir, env), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([site.browser?.close(), site.server?.stop()]);
  });
  return site;
}
