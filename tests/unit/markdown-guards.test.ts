// Issue 11, items 4 and 15: what a post body's Markdown may not do to the page and the search index.
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { headingAnchors } from "../../src/lib/markdown/heading-anchors.ts";
import { searchMarkupGuard } from "../../src/lib/markdown/search-markup.ts";

/** Returns the HTML of `markdown` after the blog's guards. */
async function render(markdown: string): Promise<string> {
  return (await markdownToHtml(markdown, { hastPlugins: [searchMarkupGuard, headingAnchors] })).html;
}

describe("searchMarkupGuard", () => {
  it("renames Pagefind attributes in a body's raw HTML, in any case, keeping the element and its text", async () => {
    const html = await render(
      'Tag: <span hidden data-pagefind-filter="tag">&lt;img src=x onerror=alert(1)&gt;</span>\n\n<div DATA-PAGEFIND-META="title" data-pagefind-body>Fake</div>\n',
    );
    expect(html).not.toMatch(/\sdata-pagefind-(filter|meta|body)/i);
    expect(html).toContain('<span hidden data-post-pagefind-filter="tag">&lt;img src=x onerror=alert(1)&gt;</span>');
    expect(html).toContain("Fake</div>");
  });
});

describe("headingAnchors", () => {
  it("gives headings with no letter or digit an id and a link that lead somewhere", async () => {
    const html = await render("## 🎉🎉\n\n## 🚀\n\n## Real\n");
    expect(html).toContain('<h2 id="section">🎉🎉<a href="#section"');
    expect(html).toContain('<h2 id="section-1">🚀<a href="#section-1"');
    expect(html).toContain('<h2 id="real">Real<a href="#real"');
    expect(html).not.toMatch(/id=""|href="#"/);
  });
});
