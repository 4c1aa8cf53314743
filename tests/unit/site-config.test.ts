// Issue 11, item 11: SITE_URL and BASE_PATH are checked when the build starts, in words that name them.
import { describe, expect, it } from "vitest";
import { basePathFrom, mdxPostsFrom, siteUrlFrom } from "../../src/site.config.ts";

describe("SITE_URL", () => {
  it("takes an http(s) origin, with or without its trailing slash, and defaults when unset", () => {
    expect(siteUrlFrom("https://blog.example.org")).toBe("https://blog.example.org");
    expect(siteUrlFrom("http://localhost:4321/")).toBe("http://localhost:4321");
    expect(siteUrlFrom(undefined)).toBe("https://example.com");
  });

  it.each([
    "javascript:alert(1)",
    "example.com",
    "",
    "https://example.com/blog",
    "https://example.com/?x=1",
    "ftp://example.com",
    "https://user:pw@example.com",
  ])("refuses %j, naming SITE_URL", (value) => {
    expect(() => siteUrlFrom(value)).toThrow(
      `SITE_URL=${JSON.stringify(value)} cannot be used: expected the public origin, such as https://blog.example.org (put a sub-path in BASE_PATH)`,
    );
  });
});

describe("BASE_PATH", () => {
  it("gives / or /a/b/, adding the slashes an author left out", () => {
    expect(basePathFrom(undefined)).toBe("/");
    expect(basePathFrom("/")).toBe("/");
    expect(basePathFrom("/blog/")).toBe("/blog/");
    expect(basePathFrom("/blog")).toBe("/blog/");
    expect(basePathFrom("blog")).toBe("/blog/");
    expect(basePathFrom("/a/b-c_d.e~f/")).toBe("/a/b-c_d.e~f/");
  });

  it.each(["//evil.example/", "../", "/a/../b/", "/./", "/a b/", "/a?x/", "/a#b/", "\\\\evil/", "/a//b/"])(
    "refuses %j, naming BASE_PATH",
    (value) => {
      expect(() => basePathFrom(value)).toThrow(`BASE_PATH=${JSON.stringify(value)} cannot be used`);
    },
  );
});

describe("MDX_POSTS", () => {
  it("allows MDX unless set to refuse, and refuses a value it does not know", () => {
    expect(mdxPostsFrom(undefined)).toBe("allow");
    expect(mdxPostsFrom("refuse")).toBe("refuse");
    expect(() => mdxPostsFrom("no")).toThrow('MDX_POSTS="no" cannot be used: expected allow or refuse');
  });
});
