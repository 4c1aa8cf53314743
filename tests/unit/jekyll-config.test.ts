import { describe, expect, it } from "vitest";
import { defaultsFor, readJekyllConfig } from "../../src/lib/import/jekyll/config.ts";

describe("readJekyllConfig", () => {
  it("assumes Jekyll's defaults for a missing file, and says so", () => {
    const { config, notes } = readJekyllConfig(undefined);
    expect(config).toMatchObject({
      permalink: "/:categories/:year/:month/:day/:title:output_ext",
      permalinkSetting: "date (Jekyll's default)",
      timeZone: "UTC",
      timeZoneSet: false,
      baseurl: "",
      url: "",
      markdownExtensions: ["markdown", "mkdown", "mkdn", "mkd", "md"],
    });
    expect(notes).toHaveLength(2);
  });

  it("reads permalink (the posts collection's first), timezone, baseurl, url, feed path and plugins", () => {
    const { config, notes } = readJekyllConfig(
      [
        "permalink: pretty",
        "collections:\n  posts:\n    permalink: /blog/:title/",
        "timezone: Europe/Berlin",
        'baseurl: "/blog/"',
        "url: https://old.example.org/",
        "feed:\n  path: atom.xml",
        "plugins: [jekyll-feed]",
        'markdown_ext: "md,txt"',
      ].join("\n"),
    );
    expect(config).toMatchObject({
      permalink: "/blog/:title/",
      timeZone: "Europe/Berlin",
      timeZoneSet: true,
      baseurl: "/blog",
      url: "https://old.example.org",
      feedPath: "atom.xml",
      plugins: ["jekyll-feed"],
      markdownExtensions: ["md", "txt"],
    });
    expect(notes).toEqual([]);
  });

  it("reads UTC for an unknown time zone and for broken YAML, and says so", () => {
    expect(readJekyllConfig("timezone: Mars/Base").config.timeZone).toBe("UTC");
    expect(readJekyllConfig("timezone: Mars/Base").notes[0]).toContain("Mars/Base");
    expect(readJekyllConfig("title: [broken").notes[0]).toContain("not valid YAML");
  });
});

describe("defaultsFor", () => {
  const { config } = readJekyllConfig(
    [
      "defaults:",
      "  - scope: { path: '' }",
      "    values: { layout: default, author: Site }",
      "  - scope: { path: '_posts', type: posts }",
      "    values: { author: Posts, permalink: /p/:title/ }",
      "  - scope: { path: '', type: posts }",
      "    values: { author: Typed, comments: true }",
      "  - scope: { path: '', type: pages }",
      "    values: { author: Pages }",
    ].join("\n"),
  );

  it("merges the values whose scope covers the post, the most specific last", () => {
    expect(defaultsFor(config, "_posts/2016-03-01-x.md", false)).toEqual({
      layout: "default",
      author: "Posts",
      comments: true,
      permalink: "/p/:title/",
    });
    expect(defaultsFor(config, "travel/_posts/2016-03-01-x.md", false)).toEqual({
      layout: "default",
      author: "Typed",
      comments: true,
    });
  });
});
