import { describe, expect, it } from "vitest";
import { convertKramdown } from "../../src/lib/import/jekyll/kramdown.ts";

describe("convertKramdown", () => {
  it("drops block attribute lists; a class the blog does not style is flagged", () => {
    const result = convertKramdown("A notice.\n{:.notice}\n\nText\n{: #intro .lead}\n\nMore\n{: #more}");
    expect(result.text).toBe("A notice.\n\nText\n\nMore");
    expect(result.attention).toEqual([
      "kramdown class {: .notice} dropped: the blog has no style for it",
      "kramdown class {: #intro .lead} dropped: the blog has no style for it",
    ]);
    expect(result.changes).toEqual(["kramdown attribute list {: #more} dropped"]);
  });

  it("drops span attribute lists after images and links", () => {
    const result = convertKramdown('![Centered](/c.png){: .center} and [out](https://x.org){:target="_blank"}.');
    expect(result.text).toBe("![Centered](/c.png) and [out](https://x.org).");
    expect(result.attention).toEqual(["kramdown class {: .center} dropped: the blog has no style for it"]);
    expect(result.changes).toHaveLength(1);
  });

  it("drops the table of contents with the list item kramdown replaces", () => {
    expect(convertKramdown("Intro\n\n* TOC\n{:toc}\n\n## One").text).toBe("Intro\n\n\n## One");
    expect(convertKramdown("1. Contents\n{:toc}").changes).toEqual(["kramdown table of contents ({:toc}) dropped"]);
  });

  it("drops options, comments and attribute list definitions, and unwraps nomarkdown", () => {
    const result = convertKramdown(
      '{::options parse_block_html="true" /}\n{:refdef: .note}\n{::comment}\nhidden\n{:/comment}\n{::nomarkdown}\n<b>raw</b>\n{:/}\nEnd',
    );
    expect(result.text).toBe("<b>raw</b>\nEnd");
    expect(result.changes).toEqual([
      "kramdown {::options /} dropped",
      "kramdown attribute list definition dropped",
      "kramdown {::comment} block dropped",
      "kramdown {::nomarkdown} kept as raw HTML",
    ]);
  });

  it("drops header ids, which the blog makes from the heading's text", () => {
    const result = convertKramdown("## Setting up {#setup}");
    expect(result.text).toBe("## Setting up");
    expect(result.changes).toEqual(["heading id {#setup} dropped: the heading gets an id from its text"]);
  });

  it("moves a code block's language from the attribute list after it onto its fence", () => {
    const result = convertKramdown('~~~\nputs 1\n~~~\n{: .language-ruby}\n\n```\nx\n```\n{: lang="python"}');
    expect(result.text).toBe("~~~ruby\nputs 1\n~~~\n\n```python\nx\n```");
  });

  it("never touches code, fenced or inline", () => {
    const body = "```ruby\nh = {:a => 1}\n{: .not-an-ial}\n```\n\nWrite `{: .class}` after a paragraph.";
    const result = convertKramdown(body);
    expect(result.text).toBe(body);
    expect(result.changes).toEqual([]);
  });

  it("reports HTML inside a line whose Markdown content kramdown rendered and CommonMark will not", () => {
    const result = convertKramdown('Text <span markdown="1">**bold**</span>');
    expect(result.attention).toEqual([
      'HTML with markdown="…" inside a line: kramdown rendered the Markdown inside it; CommonMark does not',
    ]);
  });

  it("reports a fence that is never closed", () => {
    expect(convertKramdown("```\ncode").attention).toEqual(["a fenced code block is never closed"]);
  });
});
