import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "node-html-parser";
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from "satteri";
import { describe, expect, it } from "vitest";
import { mathFeature, mathPlugin, renderTex, texProblems } from "../../src/lib/markdown/math.ts";
import { feedSafeHtml } from "../../src/lib/outputs/feeds/feed-html.ts";

/** Renders Markdown as the blog's pipeline does: Sätteri's math feature, then the math plugin. */
function render(markdown: string, options: { singleDollar?: boolean; fileURL?: URL } = {}) {
  const astro = {
    frontmatter: {},
    headings: [],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const data = { astro };
  const { html } = markdownToHtml(markdown, {
    features: { math: mathFeature(options.singleDollar ?? true) },
    hastPlugins: [mathPlugin()],
    data,
    ...(options.fileURL ? { fileURL: options.fileURL } : {}),
  }) as MarkdownToHtmlResult;
  return { html, document: parse(html) };
}

// Shaped on real posts: a lambda-calculus note and an automata exercise, both kramdown/MathJax style.
const ALIGN = String.raw`$$
\begin{align}
\text{true} &\triangleq \lambda x.\lambda y.x \\
\text{false} &\triangleq \lambda x.\lambda y.y
\end{align}
$$`;

describe("renderTex", () => {
  it("gives MathML alone, which browsers lay out and screen readers read: no HTML drawing, no style attribute", () => {
    const html = renderTex(String.raw`\sqrt{x^2} + \frac{a}{b} \ne 0`, false);
    const document = parse(html);
    expect(document.querySelector("math annotation")?.textContent).toBe(String.raw`\sqrt{x^2} + \frac{a}{b} \ne 0`);
    expect(document.querySelector("math msqrt")).not.toBeNull();
    expect(document.querySelector(".katex-html")).toBeNull();
    expect(html).not.toContain("style=");
  });

  it("shows an environment KaTeX allows only displayed (align) displayed when written inline, as MathJax did", () => {
    expect(renderTex(String.raw`\begin{align}a&=b\end{align}`, false)).toContain('display="block"');
  });
});

describe("the math plugin", () => {
  it("renders $…$ inline and $$ blocks displayed, keeping align's row breaks", () => {
    const { document } = render(`Euler's identity $e^{i\\pi}+1=0$ is short.\n\n${ALIGN}\n`);
    const formulas = document.querySelectorAll("math");
    expect(formulas).toHaveLength(2);
    expect(formulas[0]?.getAttribute("display")).toBeUndefined();
    expect(formulas[1]?.getAttribute("display")).toBe("block");
    expect(formulas[1]?.querySelectorAll("mtr")).toHaveLength(2);
    expect(document.querySelector(".katex-display annotation")?.textContent).toContain(String.raw`\lambda y.x \\`);
    expect(document.querySelectorAll("code")).toHaveLength(0);
  });

  it("writes <math> without xmlns, which HTML does not need, and keeps formulas out of the search index", () => {
    const { html, document } = render("$x$");
    expect(html).not.toContain("xmlns");
    expect(document.querySelector(".katex")?.getAttribute("data-pagefind-ignore")).toBe("");
  });

  it("displays $$…$$ alone in its paragraph, as kramdown does, and keeps $$…$$ among words inline", () => {
    const alone = render("$$\\sum_{i=1}^n i$$\n");
    expect(alone.document.querySelector("p > .katex-display math")?.getAttribute("display")).toBe("block");
    const among = render("so $$n^2$$ steps\n");
    expect(among.document.querySelector(".katex-display")).toBeNull();
    expect(among.document.querySelector("p > .katex math")).not.toBeNull();
  });

  it("also renders a fenced ```math block", () => {
    expect(render("```math\n\\sqrt{2}\n```\n").document.querySelector("math")?.getAttribute("display")).toBe("block");
  });

  it("leaves prices alone when the site turns $…$ off, and still renders $$…$$", () => {
    const { document } = render("It costs $5, or $10 with $$x^2$$ shipping.", { singleDollar: false });
    expect(document.querySelector("p")?.textContent).toMatch(/^It costs \$5, or \$10 with /);
    expect(document.querySelectorAll("math")).toHaveLength(1);
  });

  it("leaves a post without math as it was", () => {
    const { html } = render("No math here, just `code` and\n\n```js\nlet $x = 1;\n```\n");
    expect(html).not.toContain("katex");
    expect(html).not.toContain("<math");
  });

  it("stops on TeX KaTeX rejects, naming the post file, the line in it and KaTeX's message", () => {
    const folder = mkdtempSync(join(tmpdir(), "math-"));
    const file = join(folder, "post.md");
    const source = "---\ntitle: T\ndate: 2024-01-01\n---\nIntro.\n\n$$\na +\n\\fracc{1}{2}\n$$\n";
    writeFileSync(file, source);
    const body = source.replace(/^---\n[\s\S]*?\n---/, "");
    expect(() => render(body, { fileURL: pathToFileURL(file) })).toThrow(
      `${file}:9: KaTeX cannot render \`a + \\fracc{1}{2}\`: Undefined control sequence: \\fracc`,
    );
  });

  it("renders math in MDX too", () => {
    const { code } = mdxToJs("Inline $x^2$ and\n\n$$\n\\{q_1, q_2\\}\n$$\n", {
      features: { math: mathFeature(true) },
      hastPlugins: [mathPlugin()],
      jsxImportSource: "astro",
      elementAttributeNameCase: "html",
    }) as MdxToJsResult;
    expect(code).toContain('"katex-display"');
    expect(code).toContain(String.raw`children: "\\{q_1, q_2\\}"`);
  });
});

describe("texProblems", () => {
  const post = (body: string) => `---\ntitle: T\ndate: 2024-01-01\n---\n${body}`;

  it("finds nothing in good math", () => {
    expect(texProblems(post(`Text $a_1$.\n\n${ALIGN}\n`), { mdx: false, singleDollar: true })).toEqual([]);
  });

  it("gives the file line of the bad command inside a display block, and of bad inline math", () => {
    const source = post(
      "Intro $\\frac{1}{$ here.\n\n$$\n\\begin{align}\nx &= 1 \\\\\ny &= \\badcommand\n\\end{align}\n$$\n",
    );
    expect(texProblems(source, { mdx: false, singleDollar: true })).toEqual([
      { line: 5, message: expect.stringContaining("Unexpected end of input in a macro argument") as string },
      { line: 10, message: expect.stringContaining("Undefined control sequence: \\badcommand") as string },
    ]);
  });

  it("refuses text after an opening $$, which would make the rest of the post math", () => {
    const source = post("$$\\begin{align}\na &= b\n\\end{align}$$\n\nLater text.\n");
    expect(texProblems(source, { mdx: false, singleDollar: true })).toEqual([
      { line: 5, message: expect.stringContaining("put $$ alone on the lines before and after the TeX") as string },
    ]);
  });

  it("checks a fenced ```math block too", () => {
    expect(texProblems(post("Text.\n\n```math\n\\sqrt{2\n```\n"), { mdx: false, singleDollar: true })).toEqual([
      { line: 8, message: expect.stringContaining("KaTeX cannot render `\\sqrt{2`") as string },
    ]);
  });

  it("reads dollars as text when the site turns $…$ off", () => {
    expect(texProblems(post("From $5 to $\\frac{$ ten.\n"), { mdx: false, singleDollar: false })).toEqual([]);
  });

  it("reads MDX files as MDX", () => {
    const source = post('<Callout type="tip">Note: $\\nope$</Callout>\n');
    expect(texProblems(source, { mdx: true, singleDollar: true })).toEqual([
      { line: 5, message: expect.stringContaining("Undefined control sequence: \\nope") as string },
    ]);
  });
});

describe("math in feeds", () => {
  it("is carried as MathML alone: KaTeX's HTML drawing needs the stylesheet a feed reader does not have", () => {
    const document = parse(feedSafeHtml(render("So $a^2+b^2=c^2$.").html, "https://example.com/posts/x/"));
    expect(document.querySelector("math msup")).not.toBeNull();
    expect(document.querySelector(".katex-html")).toBeNull();
    expect(document.querySelector("p")?.textContent).toBe("So a2+b2=c2a^2+b^2=c^2.");
  });
});
