import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startPreview, type AstroServer } from "../../scripts/support/astro-server.ts";
import { launchBrowser } from "../../scripts/support/browser.ts";

/** A built site served by `astro preview`, and a browser to read it with. */
export interface SiteInBrowser {
  server: AstroServer;
  browser: Browser;
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
