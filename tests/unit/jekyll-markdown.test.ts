import { describe, expect, it } from "vitest";
import { findAssets } from "../../src/lib/import/jekyll/assets.ts";
import { readSiteData } from "../../src/lib/import/jekyll/data.ts";
import { convertKramdownBlocks } from "../../src/lib/import/jekyll/kramdown-blocks.ts";
import { convertMath } from "../../src/lib/import/jekyll/math.ts";
import { bodyWithEmoji, plainTitle } from "../../src/lib/import/jekyll/text.ts";

describe("convertMath", () => {
  it("keeps kramdown's $$ alone in a paragraph as display math, its \\\\ row breaks intact", () => {
    const body = "$$\n\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}\n$$";
    expect(convertMath(body).text).toBe(body);
    expect(convertMath("$$E = mc^2$$").text).toBe("$$\nE = mc^2\n$$");
  });

  it("writes kramdown's inline $$…$$ as $…$, and escapes a lone $ so prices stay text", () => {
    expect(convertMath("Text $$x^2$$ inline costs $5.").text).toBe("Text $x^2$ inline costs \\$5.");
  });

  it("writes MathJax's \\\\( \\\\) and \\\\[ \\\\] with the TeX MathJax saw after Markdown", () => {
    const result = convertMath(
      "Inline \\\\(a_1 + b\\\\) and\n\n\\\\[\n\\begin{pmatrix} 1 \\\\\\\\ 2 \\end{pmatrix}\n\\\\]",
    );
    expect(result.text).toBe("Inline $a_1 + b$ and\n\n$$\n\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}\n$$");
  });

  it("leaves code alone", () => {
    const body = "`$x$` and\n```\n$$x$$ costs $5\n```";
    expect(convertMath(body).text).toBe(body);
  });
});

describe("convertKramdownBlocks", () => {
  it("writes abbreviations as <abbr>, their definitions removed", () => {
    expect(convertKramdownBlocks("The HTML spec.\n\n*[HTML]: Hyper Text Markup Language\n").text).toBe(
      'The <abbr title="Hyper Text Markup Language">HTML</abbr> spec.\n\n',
    );
  });

  it("writes definition lists as <dl>, definitions rendered as Markdown", () => {
    expect(convertKramdownBlocks("kramdown\n: A *Markdown* converter\n\nAfter.").text).toBe(
      "<dl>\n<dt>kramdown</dt>\n<dd>\n\nA *Markdown* converter\n\n</dd>\n</dl>\n\nAfter.",
    );
  });

  it("removes table section rows inside a table body", () => {
    expect(convertKramdownBlocks("| a | b |\n|---|---|\n| 1 | 2 |\n|---|---|\n| 3 | 4 |").text).toBe(
      "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |",
    );
  });

  it("nests a list indented two spaces under a numbered item, as kramdown did", () => {
    expect(convertKramdownBlocks("1. First\n  - a\n  - b\n2. Second").text).toBe("1. First\n   - a\n   - b\n2. Second");
  });

  it('keeps an HTML table with blank lines one block, and renders markdown="1" content', () => {
    expect(convertKramdownBlocks("<table>\n<tr>\n\n<td>a</td>\n\n</tr>\n</table>").text).toBe(
      "<table>\n<tr>\n<td>a</td>\n</tr>\n</table>",
    );
    expect(convertKramdownBlocks('<div markdown="1">\n**bold**\n</div>').text).toBe("<div>\n\n**bold**\n\n</div>");
  });
});

describe("titles and emoji", () => {
  it("writes titles as the reader saw them", () => {
    expect(plainTitle("Caf&eacute;&nbsp;*au* **lait** `x` [link](/a) <em>y</em>", false)).toBe("Café au lait x link y");
    expect(plainTitle("Released :tada:", true)).toBe("Released 🎉");
    expect(plainTitle("Released :tada:", false)).toBe("Released :tada:");
  });

  it("writes jemoji codes GitHub knows as emoji in a body, outside code", () => {
    expect(bodyWithEmoji("Ship it :rocket: :not_an_emoji: `:tada:`")).toEqual({
      text: "Ship it 🚀 :not_an_emoji: `:tada:`",
      count: 1,
    });
  });
});

describe("readSiteData", () => {
  it("reads YAML, JSON and CSV files of _data/, nested folders as nested keys", () => {
    const { data, notes } = readSiteData([
      { path: "releases.yml", text: "- version: 3.3.0\n" },
      { path: "team/core.csv", text: "name,role\nmatz,creator\n" },
      { path: "site.json", text: '{"repo": "ruby/ruby"}' },
      { path: "broken.json", text: "{" },
    ]);
    expect(data).toEqual({
      releases: [{ version: "3.3.0" }],
      team: { core: [{ name: "matz", role: "creator" }] },
      site: { repo: "ruby/ruby" },
    });
    expect(notes).toEqual([expect.stringMatching(/^_data\/broken\.json could not be read/)]);
  });
});

describe("findAssets", () => {
  const files = new Set(["images/a.png", "2016/03/01/diagram.svg", "assets/b.pdf"]);

  it("takes a file on the old site's address as the site's own, and leaves other remote files alone", () => {
    const result = findAssets(
      "![a](https://old.example.org/blog/images/a.png) ![b](https://old.example.org/blog/gone.png) ![c](https://cdn.example/c.png)",
      undefined,
      files,
      ["https://old.example.org/blog", "https://old.example.org"],
    );
    expect(result.text).toBe(
      "![a](/images/a.png) ![b](https://old.example.org/blog/gone.png) ![c](https://cdn.example/c.png)",
    );
    expect(result).toMatchObject({ found: ["images/a.png"], missing: [] });
  });

  it("finds files by site path and by a path relative to the post's old URL, rewriting the relative ones", () => {
    const result = findAssets(
      "![a](/images/a.png) ![d](diagram.svg) [pdf](assets/b.pdf) [page](/about/) ![x](/images/missing.png)",
      "/2016/03/01/post.html",
      files,
    );
    expect(result.found).toEqual(["images/a.png", "2016/03/01/diagram.svg", "assets/b.pdf"]);
    expect(result.missing).toEqual(["/images/missing.png"]);
    expect(result.text).toBe(
      "![a](/images/a.png) ![d](/2016/03/01/diagram.svg) [pdf](/assets/b.pdf) [page](/about/) ![x](/images/missing.png)",
    );
  });
});
