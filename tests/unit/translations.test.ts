import { describe, expect, it } from "vitest";
import { postSchema } from "../../src/lib/content/schema.ts";
import { postIdFromPath } from "../../src/lib/content/slugs.ts";
import { selectPosts } from "../../src/lib/content/posts.ts";
import { defaultVersion, languagesOf, postsInLanguage, translationsById } from "../../src/lib/content/translations.ts";
import { homePaths, languageHomePaths, postPaths, socialCardPaths } from "../../src/lib/outputs/pages.ts";

/** Returns the published posts of files as the content layer reads them (ids made as the collection makes them). */
function published(files: Record<string, Record<string, unknown>>) {
  const entries = Object.entries(files).map(([file, frontMatter]) => ({
    id: postIdFromPath(file, frontMatter["lang"]),
    data: postSchema.parse({ title: `Title of ${file}`, ...frontMatter }),
    body: "Some words.",
    filePath: file,
  }));
  return selectPosts(entries, { now: new Date("2030-01-01"), includeUnpublished: false });
}

// Shaped on ruby-lang.org's news: one announcement per language folder under one file name, plus a pair joined
// by translation_key under two names, and a post in one language only.
const posts = published({
  "posts/2023-12-25-ruby-3-3-0-released.md": { date: "2023-12-25" },
  "posts/ja/2023-12-25-ruby-3-3-0-released.md": { date: "2023-12-25", lang: "ja" },
  "posts/de/2023-12-25-ruby-3-3-0-released.md": { date: "2023-12-25", lang: "de" },
  "posts/2024-04-23-ruby-3-3-1-released.md": { date: "2024-04-23", translation_key: "ruby-3-3-1" },
  "posts/de/2024-04-23-ruby-3-3-1-veroeffentlicht.md": {
    date: "2024-04-23",
    lang: "de",
    translation_key: "ruby-3-3-1",
  },
  "posts/ja/2024-05-15-rubykaigi.md": { date: "2024-05-15", lang: "ja" },
});
const byFile = (file: string) => posts.find((post) => post.entry.filePath === file)!;

describe("post ids and URLs", () => {
  it("keeps translations sharing a file name apart by language, at /<lang>/posts/<slug>/", () => {
    expect(posts.map((post) => [post.id, post.url])).toEqual([
      ["ja/rubykaigi", "/ja/posts/rubykaigi/"],
      ["de/ruby-3-3-1-veroeffentlicht", "/de/posts/ruby-3-3-1-veroeffentlicht/"],
      ["ruby-3-3-1-released", "/posts/ruby-3-3-1-released/"],
      ["de/ruby-3-3-0-released", "/de/posts/ruby-3-3-0-released/"],
      ["ja/ruby-3-3-0-released", "/ja/posts/ruby-3-3-0-released/"],
      ["ruby-3-3-0-released", "/posts/ruby-3-3-0-released/"],
    ]);
  });
});

describe("translationsById", () => {
  it("groups the versions of a post by translation key (or file name), the site's language first", () => {
    const versions = translationsById(posts);
    expect(versions.get("ja/ruby-3-3-0-released")?.map((post) => post.lang)).toEqual(["en", "de", "ja"]);
    expect(versions.get("de/ruby-3-3-1-veroeffentlicht")?.map((post) => post.url)).toEqual([
      "/posts/ruby-3-3-1-released/",
      "/de/posts/ruby-3-3-1-veroeffentlicht/",
    ]);
    expect(versions.get("ja/rubykaigi")?.map((post) => post.id)).toEqual(["ja/rubykaigi"]);
  });

  it("sends readers of other languages to the site's language, else to the first published version", () => {
    expect(defaultVersion(translationsById(posts).get("ja/ruby-3-3-0-released") ?? [])?.lang).toBe("en");
    const noEnglish = published({
      "posts/ja/2024-01-02-x.md": { date: "2024-01-02", lang: "ja" },
      "posts/de/2024-01-02-x.md": { date: "2024-01-01", lang: "de" },
    });
    expect(defaultVersion(noEnglish)?.lang).toBe("de");
  });

  it("lists the languages, the site's first", () => {
    expect(languagesOf(posts)).toEqual(["en", "de", "ja"]);
    expect(postsInLanguage(posts, "ja").map((post) => post.id)).toEqual(["ja/rubykaigi", "ja/ruby-3-3-0-released"]);
  });
});

describe("postPaths", () => {
  const paths = postPaths(posts);
  const path = (id: string) => paths.find((entry) => entry.props.post.id === id)!;

  it("gives each post a path in its language's folder, the site's language at the root", () => {
    expect(paths.map((entry) => entry.params)).toContainEqual({ lang: undefined, slug: "ruby-3-3-0-released" });
    expect(paths.map((entry) => entry.params)).toContainEqual({ lang: "ja", slug: "ruby-3-3-0-released" });
  });

  it("links newer and older posts within the post's own language", () => {
    expect(path("ja/ruby-3-3-0-released").props.newer?.id).toBe("ja/rubykaigi");
    expect(path("ja/ruby-3-3-0-released").props.older).toBeUndefined();
    expect(path("ruby-3-3-0-released").props.newer?.id).toBe("ruby-3-3-1-released");
  });

  it("links each version to the others, with hreflang alternates both ways and x-default", () => {
    expect(path("ruby-3-3-0-released").props.translations).toEqual([
      { lang: "de", href: "/de/posts/ruby-3-3-0-released/" },
      { lang: "ja", href: "/ja/posts/ruby-3-3-0-released/" },
    ]);
    const alternates = path("ja/ruby-3-3-0-released").props.alternates;
    expect(alternates).toEqual(path("ruby-3-3-0-released").props.alternates);
    expect(alternates).toEqual([
      { hreflang: "en", href: "https://example.com/posts/ruby-3-3-0-released/" },
      { hreflang: "de", href: "https://example.com/de/posts/ruby-3-3-0-released/" },
      { hreflang: "ja", href: "https://example.com/ja/posts/ruby-3-3-0-released/" },
      { hreflang: "x-default", href: "https://example.com/posts/ruby-3-3-0-released/" },
    ]);
    expect(path("ja/rubykaigi").props.alternates).toEqual([]);
  });
});

describe("listings", () => {
  it("shows the site's language at home, with links to the other languages' listings", () => {
    const [home] = homePaths(posts);
    expect(home?.props.page.items.map((post) => post.lang)).toEqual(["en", "en"]);
    expect(home?.props.languages).toEqual([
      { lang: "de", href: "/de/" },
      { lang: "ja", href: "/ja/" },
    ]);
  });

  it("gives every other language its own listing, linking back to the rest", () => {
    expect(languageHomePaths(posts).map((entry) => [entry.params, entry.props.languages])).toEqual([
      [
        { lang: "de", page: undefined },
        [
          { lang: "en", href: "/" },
          { lang: "ja", href: "/ja/" },
        ],
      ],
      [
        { lang: "ja", page: undefined },
        [
          { lang: "en", href: "/" },
          { lang: "de", href: "/de/" },
        ],
      ],
    ]);
  });

  it("draws a social card for every post, in any language (the card loads the fonts its title needs)", () => {
    expect(
      socialCardPaths(posts)
        .map((entry) => entry.params.slug)
        .sort(),
    ).toEqual([
      "ruby-3-3-0-released",
      "ruby-3-3-0-released.de",
      "ruby-3-3-0-released.ja",
      "ruby-3-3-1-released",
      "ruby-3-3-1-veroeffentlicht.de",
      "rubykaigi.ja",
    ]);
    expect(byFile("posts/ja/2024-05-15-rubykaigi.md").lang).toBe("ja");
  });
});
