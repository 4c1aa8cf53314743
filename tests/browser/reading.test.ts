import { describe, expect, it } from "vitest";
import { useSiteInBrowser } from "../support/site-in-browser.ts";
import { fixtureDist } from "../support/fixture-site.ts";

const site = useSiteInBrowser(fixtureDist);

describe("reading the seed post in a browser", () => {
  it("draws its box-drawing diagram with no gap between lines", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/posts/fastapi-vs-django/`);
    // The glyph box of the first box-drawing character on each line: where one line's ends, the next one's must start.
    const gaps = await page.evaluate(() => {
      const block = [...document.querySelectorAll("pre")].find((pre) => pre.textContent?.includes("┌"));
      if (!block) throw new Error("no box-drawing diagram on the page");
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.search(/[─│┌┐└┘├┤┬┴┼]/) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const rect = range.getClientRects()[0];
        if (rect && (rects.length === 0 || rect.top > (rects.at(-1)?.top ?? 0) + 1)) rects.push(rect);
      }
      // Only lines next to each other: a blank line in the diagram is a gap on purpose.
      return rects.slice(1).flatMap((rect, index) => {
        const above = rects[index] as DOMRect;
        return rect.top - above.top < 1.5 * above.height ? [rect.top - above.bottom] : [];
      });
    });
    expect(gaps.length).toBeGreaterThan(1);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(0.5);
    await page.close();
  });

  it("scrolls a wide table inside its box at 320 px, the table keeping its table role", async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.server.origin}/posts/fastapi-vs-django/`);
    const table = page.locator(".prose table").first();
    // The seed's table wraps to fit 320 px; one whose cells cannot wrap (code, long numbers) is wider.
    await table.evaluate((element) => (element.style.minWidth = "600px"));
    expect(await table.evaluate((element) => getComputedStyle(element).display)).toBe("table");
    expect(await page.getByRole("table").count()).toBeGreaterThan(0);
    const box = page.getByRole("group", { name: "Table, scrolls sideways" }).first();
    const scroll = await box.evaluate((element) => ({ width: element.clientWidth, content: element.scrollWidth }));
    expect(scroll.content).toBeGreaterThan(scroll.width);
    // The page itself does not scroll sideways; the box does, from the keyboard too.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await box.focus();
    await page.keyboard.press("ArrowRight");
    // Chromium scrolls smoothly: the box moves over a few frames after the key.
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });
});
