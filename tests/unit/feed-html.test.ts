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
