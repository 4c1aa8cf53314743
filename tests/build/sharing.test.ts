// What a link to any page shows when shared: an image, its alternative text and its size, and the image is there.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { builtPage, fixtureDist } from "../support/fixture-site.ts";

function htmlFiles(folder = fixtureDist): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [relative(fixtureDist, path)] : [];
  });
}

// Redirect pages (an old address of a post) only send the reader on; they have no head of their own to share.
const pages = htmlFiles().filter(
  (file) => !readFileSync(join(fixtureDist, file), "utf8").includes('http-equiv="refresh"'),
);
const sitePathOf = (file: string) => `/${file.replace(/index\.html$/, "")}`;
const meta = (file: string, property: string) =>
  builtPage(sitePathOf(file)).attr(`meta[property="${property}"], meta[name="${property}"]`, "content");

/** Returns a PNG file's width and height, read from its header. */
function pngSize(sitePath: string): [number, number] {
  const png = readFileSync(join(fixtureDist, decodeURIComponent(sitePath)));
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("sharing a page", () => {
  it.each(pages)("%s names an image with its alternative text and size, and the image is a 1200×630 PNG", (file) => {
    const image = meta(file, "og:image") ?? "";
    expect(image).toMatch(/^https:\/\/example\.com\/.+\.png$/);
    expect(meta(file, "og:image:alt")?.length ?? 0).toBeGreaterThan(10);
    expect(meta(file, "twitter:image:alt")).toBe(meta(file, "og:image:alt"));
    expect(meta(file, "og:image:width")).toBe("1200");
    expect(meta(file, "og:image:height")).toBe("630");
    expect(meta(file, "twitter:card")).toBe("summary_large_image");
    expect(pngSize(new URL(image).pathname)).toEqual([1200, 630]);
  });

  it("gives the home, tag, category, archive and about pages the site's card", () => {
    for (const file of [
      "index.html",
      "tags/python/index.html",
      "categories/journal/index.html",
      "archive/index.html",
      "about/index.html",
    ]) {
      expect(meta(file, "og:image"), file).toBe("https://example.com/social-card.png");
      expect(meta(file, "og:image:alt"), file).toBe("Field Notes: Practical notes on building and running software.");
    }
  });

  it("gives a post its own card, described by its title and date", () => {
    const file = "posts/fastapi-vs-django/index.html";
    expect(meta(file, "og:image")).toBe("https://example.com/og/fastapi-vs-django.png");
    expect(meta(file, "og:image:alt")).toBe(
      "FastAPI vs Django: Choosing the Right Python Framework: a post on Field Notes, December 1, 2024",
    );
  });
});
