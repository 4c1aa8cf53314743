import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { useSiteInBrowser } from "../support/site-in-browser.ts";
import { fixtureDist } from "../support/fixture-site.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const site = useSiteInBrowser(fixtureDist);

const pageTypes = {
  home: "/",
  post: "/posts/fastapi-vs-django/",
  "math post": "/posts/lambda-calculus-booleans/",
  "numbered code post": "/posts/welcome-to-jekyll/",
  "tag index": "/tags/",
  "tag page": "/tags/python/",
  archive: "/archive/",
  "search with filters chosen": "/search/?q=django&tag=Python&year=2024",
  "not found": "/404.html",
};

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

describe.each(["light", "dark"] as const)("axe in the %s theme", (colorScheme) => {
  it.each(Object.entries(pageTypes))("finds no violation on the %s page", async (_, path) => {
    // axe is injected as a script; the site's policy would (rightly) refuse it, so this context bypasses it.
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(site.server.origin + path, { waitUntil: "load" });
    if (path.startsWith("/search/")) {
      await page.locator(".search-result").first().waitFor();
      await page.getByRole("group", { name: "Years" }).waitFor();
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: AxeViolation[] }> } })
        .axe;
      const result = await axe.run({
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
      }));
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
