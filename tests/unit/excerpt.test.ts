import { describe, expect, it } from "vitest";
import { excerpt, type ExcerptOptions } from "../../src/lib/content/excerpt.ts";
import { toPost } from "../../src/lib/content/posts.ts";
import { postEntry } from "../support/entries.ts";

const md: ExcerptOptions = { mdx: false, separator: "<!--more-->", singleDollarMath: true };

describe("excerpt", () => {
  it("is the first paragraph as plain text: no Markdown, HTML, images or footnote marks", () => {
    const body = [
      "",
      "The [Ruby](https://www.ruby-lang.org/) 3.3 release is *out*, with **YJIT** on by default[^yjit] and",
      'a new `--parser=prism` flag. <abbr title="Just In Time">JIT</abbr> ![logo](/logo.png) speeds &amp; "things" up.',
      "",
      "Second paragraph.",
      "",
      "[^yjit]: See the YJIT notes.",
    ].join("\n");
    expect(excerpt(body, md)).toBe(
      "The Ruby 3.3 release is out, with YJIT on by default and a new --parser=prism flag. JIT speeds & “things” up.",
    );
  });

  it("skips headings, code and images before the first paragraph", () => {
    const body = "## Setup\n\n```sh\ngem install jekyll\n```\n\n![diagram](/d.png)\n\nFirst real words.\n";
    expect(excerpt(body, md)).toBe("First real words.");
  });

  it("is the text before <!--more--> when the post holds it, over several paragraphs", () => {
    const body = "One _paragraph_.\n\nTwo, with a note[^1].\n\n<!--more-->\n\nThe rest.\n\n[^1]: Note.\n";
    expect(excerpt(body, md)).toBe("One paragraph. Two, with a note.");
  });

  it("cuts inside a paragraph at a separator written in it", () => {
    expect(excerpt("Short teaser <!--more--> and the rest of it.\n", md)).toBe("Short teaser");
  });

  it("uses the site's own separator", () => {
    const body = "Intro line.\n\n<!-- excerpt-end -->\n\nMore.\n";
    expect(excerpt(body, { ...md, separator: "<!-- excerpt-end -->" })).toBe("Intro line.");
    expect(excerpt(body, md)).toBe("Intro line.");
  });

  it("keeps inline TeX as written and leaves display math out", () => {
    const body = "Euler's identity $e^{i\\pi}+1=0$ links five constants.\n\n$$\nx\n$$\n\n<!--more-->\n";
    expect(excerpt(body, md)).toBe("Euler’s identity e^{i\\pi}+1=0 links five constants.");
  });

  it("reads a post written in HTML (a Jekyll .html post kept as one block): its first <p>", () => {
    const body = '<div class="entry">\n<p>An <em>HTML</em> post &mdash; imported.</p>\n<p>Second.</p>\n</div>\n';
    expect(excerpt(body, md)).toBe("An HTML post — imported.");
  });

  it("reads MDX, leaving components' markup and expressions out", () => {
    const body =
      'import Callout from "../components/Callout.astro";\n\nMDX <strong>intro</strong> {1 + 1} here.\n\n<Callout>Later.</Callout>\n';
    expect(excerpt(body, { ...md, mdx: true })).toBe("MDX intro here.");
  });

  it("is undefined for a post with no paragraph, or with invalid MDX", () => {
    expect(excerpt("## Only a heading\n\n- a list\n", md)).toBeUndefined();
    expect(excerpt("<Callout>never closed\n", { ...md, mdx: true })).toBeUndefined();
  });
});

describe("toPost", () => {
  const now = new Date("2025-01-01T00:00:00Z");

  it("gives a post without a description its excerpt, once, for every page and feed to use", () => {
    const entry = postEntry("teaser", { date: "2024-01-01" }, "A **teaser**.\n\n<!--more-->\n\nThe rest.\n");
    expect(toPost(entry, now).description).toBe("A teaser.");
  });

  it("keeps the description a post has", () => {
    const entry = postEntry("described", { date: "2024-01-01", description: "Its own words." }, "A teaser.\n");
    expect(toPost(entry, now).description).toBe("Its own words.");
  });
});
