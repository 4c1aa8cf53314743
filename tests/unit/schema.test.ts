import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { postSchema } from "../../src/lib/content/schema.ts";

const valid = { title: "A post", date: new Date("2024-12-01T00:00:00.000Z"), tags: ["Python"] };

function messages(frontMatter: Record<string, unknown>): string[] {
  const result = postSchema.safeParse(frontMatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("postSchema", () => {
  it("accepts the seed post's Jekyll front matter as it is", () => {
    const seed = readFileSync(
      new URL("../../src/content/posts/2024-12-01-fastapi-vs-django.md", import.meta.url),
      "utf8",
    );
    const frontMatter = yaml.load(seed.split("---")[1]!) as Record<string, unknown>;
    const data = postSchema.parse(frontMatter);
    expect(data.title).toBe("FastAPI vs Django: Choosing the Right Python Framework");
    expect(data.date.toISOString()).toBe("2024-12-01T00:00:00.000Z");
    expect(data.categories).toEqual(["Backend"]);
    expect(data.tags).toEqual(["Python", "FastAPI", "Django", "API Development", "Web Frameworks"]);
    expect(data.reading_time).toBe(6);
    expect(data.draft).toBe(false);
  });

  it("takes a BCP 47 language in its canonical spelling, the site's language when left out", () => {
    expect(postSchema.parse({ ...valid, lang: "pt-br" }).lang).toBe("pt-BR");
    expect(postSchema.parse({ ...valid, lang: "zh-hant-tw" }).lang).toBe("zh-Hant-TW");
    expect(postSchema.parse(valid).lang).toBe("en");
    expect(postSchema.parse({ ...valid, translation_key: " ruby-3-3-1 " }).translation_key).toBe("ruby-3-3-1");
  });

  it.each([
    [{ lang: "english" }, 'lang: expected a language tag such as ja, pt-BR or zh-TW, found "english"'],
    [{ lang: "en_US" }, 'lang: expected a language tag such as ja, pt-BR or zh-TW, found "en_US"'],
    [{ lang: 7 }, "lang: expected a language tag such as ja, pt-BR or zh-TW, found number 7"],
    [{ translation_key: "" }, "translation_key: expected non-empty text, or leave the key out"],
  ])("rejects %j", (frontMatter, message) => {
    expect(messages({ ...valid, ...frontMatter })).toEqual([message]);
  });

  it("fills in lists and the draft flag", () => {
    const data = postSchema.parse({ title: "Bare", date: "2024-01-01" });
    expect(data).toMatchObject({ tags: [], categories: [], draft: false });
    expect(data.reading_time).toBeUndefined();
  });

  it.each([
    [{ title: "" }, "title: expected a non-empty title"],
    [{ title: 42 }, "title: expected text, found number 42"],
    [
      { date: "yesterday" },
      'date: expected a date such as 2024-12-01 or 2024-12-01 10:00:00 +01:00, found "yesterday"',
    ],
    [{ date: "2024-13-45" }, 'found "2024-13-45"'],
    [{ tags: "a, b" }, 'tags: expected a list of names such as [Python, Django], found "a, b"'],
    [{ tags: ["ok", ""] }, "tags.1: expected each entry to be non-empty text"],
    [{ reading_time: 0 }, "reading_time: expected a whole number of minutes greater than 0, found number 0"],
    [{ reading_time: -3 }, "greater than 0, found number -3"],
    [{ reading_time: 6.5 }, "reading_time: expected a whole number of minutes such as 6, found number 6.5"],
    [{ reading_time: "6 min" }, 'reading_time: expected a whole number of minutes such as 6, found "6 min"'],
    [{ draft: "yes" }, 'draft: expected true or false, found "yes"'],
  ])("rejects %j with a message naming the field and what was expected", (override, expected) => {
    expect(messages({ ...valid, ...override }).join("\n")).toContain(expected);
  });

  it("rejects a missing title and date", () => {
    const found = messages({ tags: [] }).join("\n");
    expect(found).toMatch(/^title: /m);
    expect(found).toMatch(/^date: /m);
  });

  it("names an unknown key", () => {
    expect(messages({ ...valid, tgas: ["x"] }).join("\n")).toContain("tgas");
  });

  it("accepts and ignores Jekyll's layout key", () => {
    expect(postSchema.parse({ ...valid, layout: "post" }).title).toBe("A post");
  });
});

describe("postSchema keys for moved and shared posts", () => {
  it("accepts an author, an image and old addresses", () => {
    const data = postSchema.parse({
      ...valid,
      author: "Ada",
      image: "/images/cover.png",
      redirect_from: ["/2016/03/01/old.html", "/blog/old/"],
    });
    expect(data).toMatchObject({
      author: "Ada",
      image: "/images/cover.png",
      redirect_from: ["/2016/03/01/old.html", "/blog/old/"],
    });
    expect(postSchema.parse(valid).redirect_from).toEqual([]);
  });

  it("rejects an image that is neither a site path nor a URL, and an old address that is not a path", () => {
    expect(messages({ ...valid, image: "cover.png" }).join("\n")).toContain(
      'image: expected a path starting with / or an http(s) URL, found "cover.png"',
    );
    expect(messages({ ...valid, redirect_from: ["old.html"] }).join("\n")).toContain(
      'redirect_from.0: expected each entry to be a path such as /2016/03/01/old.html, found "old.html"',
    );
  });
});
