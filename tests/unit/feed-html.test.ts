import { describe, expect, it } from "vitest";
import { feedSafeHtml } from "../../src/lib/outputs/feeds/feed-html.ts";

const postUrl = "https://example.com/blog/posts/hello/";

describe("feedSafeHtml", () => {
  it("makes every link and image URL absolute against the post's URL", () => {
    const html = feedSafeHtml(
      '<p><a href="/blog/tags/x/">t</a> <a href="../other/">o</a> <a href="#part">p</a> <img src="img/a.png" srcset="img/a.png 1x, /b.png 2x"></p>',
      postUrl,
    );
    expect(html).toContain('href="https://example.com/blog/tags/x/"');
    expect(html).toContain('href="https://example.com/blog/posts/other/"');
    expect(html).toContain('href="https://example.com/blog/posts/hello/#part"');
    expect(html).toContain('src="https://example.com/blog/posts/hello/img/a.png"');
    expect(html).toContain('srcset="https://example.com/blog/posts/hello/img/a.png 1x, https://example.com/b.png 2x"');
  });

  it("leaves absolute and mailto links alone", () => {
    const html = feedSafeHtml('<a href="https://other.org/x">x</a><a href="mailto:a@b.c">m</a>', postUrl);
    expect(html).toContain('href="https://other.org/x"');
    expect(html).toContain('href="mailto:a@b.c"');
  });

  it("removes anything a feed reader could run", () => {
    const html = feedSafeHtml(
      '<p onclick="alert(1)">x</p><script>alert(2)</script><a href="javascript:alert(3)">j</a><img src=x onerror="alert(4)"><style>p{}</style>',
      postUrl,
    );
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:|<style|alert\(2\)/i);
    expect(html).toContain("<p>x</p>");
  });
});

describe("feedSafeHtml against disguised and hostile markup (issue 11, items 3 and 10)", () => {
  it("drops links whose scheme is script once a tab, a newline or a control character is removed, as URL parsing does", () => {
    for (const href of [
      "java\tscript:alert(1)",
      "\u0001javascript:alert(1)",
      " javascript:alert(1)",
      "JaVa\nScRiPt:alert(1)",
    ]) {
      const html = feedSafeHtml(`<a href="${href}">x</a>`, postUrl);
      expect(html, JSON.stringify(href)).not.toMatch(/javascript/i);
      expect(html).toContain(">x</a>");
    }
    expect(feedSafeHtml('<a href="data:text/html,<script>alert(1)</script>">d</a>', postUrl)).not.toMatch(
      /data:|script/i,
    );
    expect(feedSafeHtml('<a href="vbscript:msgbox(1)">v</a>', postUrl)).not.toMatch(/vbscript/i);
  });

  it("drops iframe srcdoc, SVG xlink:href and formaction with their elements", () => {
    const html = feedSafeHtml(
      '<iframe srcdoc="<script>alert(1)</script>"></iframe><svg><a xlink:href="javascript:alert(2)"><text>t</text></a></svg><form><button formaction="javascript:alert(3)">b</button></form><p>kept</p>',
      postUrl,
    );
    expect(html).not.toMatch(/iframe|srcdoc|xlink|formaction|javascript|<svg|<form|<button|alert/i);
    expect(html).toContain("<p>kept</p>");
  });

  it("keeps text as text: an escaped tag stays escaped", () => {
    expect(feedSafeHtml("<p>Why &lt;main&gt; matters</p>", postUrl)).toBe("<p>Why &lt;main&gt; matters</p>");
  });

  it("cleans 3,000 nested block quotes without exhausting the stack", () => {
    const html = `${"<blockquote>".repeat(3000)}<p>deep</p>${"</blockquote>".repeat(3000)}`;
    const cleaned = feedSafeHtml(html, postUrl);
    expect(cleaned).toContain("<p>deep</p>");
    expect(cleaned.match(/<blockquote>/g)).toHaveLength(3000);
  });
});
