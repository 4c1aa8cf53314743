import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { builtPage } from "../support/fixture-site.ts";

describe("a code block with showLineNumbers", () => {
  const page = builtPage("/posts/welcome-to-jekyll/");
  const [numbered, plain] = page.all("article pre");
  // node-html-parser keeps a <pre>'s content as text by default; parse it for its lines.
  const numberedCode = parse(numbered?.innerHTML ?? "");

  it("is marked for line numbers, one span.line per line, and the numbers are not in the page's text", () => {
    expect(numbered?.classList.contains("line-numbers")).toBe(true);
    expect(numbered?.getAttribute("data-language")).toBe("ruby");
    expect(numberedCode.querySelectorAll("span.line")).toHaveLength(5);
    expect(numberedCode.textContent.startsWith("def print_hi(name)\n")).toBe(true);
    expect(numberedCode.querySelectorAll("script")).toHaveLength(0);
  });

  it("leaves a block without the word unnumbered", () => {
    expect(plain?.classList.contains("line-numbers")).toBe(false);
  });

  it("is numbered by a CSS counter that assistive technology skips and selection leaves out", () => {
    const css = page
      .all("style")
      .map((style) => style.textContent)
      .join("\n");
    expect(css).toMatch(/pre\.line-numbers code\s*\{\s*counter-reset:\s*line/);
    expect(css).toMatch(/content:\s*counter\(line\)\s*\/\s*""/);
    expect(css).toMatch(/user-select:\s*none/);
  });
});
