import { describe, expect, it } from "vitest";
import { fixtureDist } from "../support/fixture-site.ts";
import { useSiteInBrowser } from "../support/site-in-browser.ts";

const site = useSiteInBrowser(fixtureDist);

/** Opens a page and records what a reader's browser would complain about: failed requests and CSP violations. */
async function visit(path: string) {
  const page = await site.browser.newPage();
  const problems: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => problems.push(`failed ${request.url()}`));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  await page.goto(site.server.origin + path, { waitUntil: "networkidle" });
  return { page, problems };
}

describe("a post with math, in the browser", () => {
  it("lays the MathML out itself, within a Content-Security-Policy that allows no inline style", async () => {
    const { page, problems } = await visit("/posts/lambda-calculus-booleans/");
    const displayed = page.locator(".katex-display math").first();
    expect(await displayed.evaluate((element) => getComputedStyle(element).display)).toBe("block math");
    // `align`, laid out as a MathML table: its two rows one above the other, twice as tall as an inline formula.
    const box = await displayed.boundingBox();
    const inline = await page.locator("p > .katex math").first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(1.5 * (inline?.height ?? Infinity));
    const rows = await page
      .locator(".katex-display mtr")
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[1]).toBeGreaterThan(rows[0] ?? 0);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(policy).not.toContain("unsafe-inline");
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("a code block with line numbers, in the browser", () => {
  it("shows a number before each line, which copying the block leaves out", async () => {
    const { page, problems } = await visit("/posts/welcome-to-jekyll/");
    const numbers = await page.locator("pre.line-numbers .line").evaluateAll((lines) =>
      lines.map((line) => {
        const before = getComputedStyle(line, "::before");
        return { content: before.content, userSelect: before.userSelect };
      }),
    );
    expect(numbers).toHaveLength(5);
    // The number is the counter, with empty alternative text so screen readers read the code alone.
    expect(numbers.every((number) => number.content === 'counter(line) / ""' && number.userSelect === "none")).toBe(
      true,
    );
    const copied = await page.locator("pre.line-numbers").evaluate((pre) => {
      const range = document.createRange();
      range.selectNodeContents(pre);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString();
    });
    expect(copied).toBe(
      "def print_hi(name)\n  puts \"Hi, #{name}\"\nend\nprint_hi('Tom')\n#=> prints 'Hi, Tom' to STDOUT.",
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
