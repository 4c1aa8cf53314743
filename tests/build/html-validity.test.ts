import { readdirSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPage, fixtureDist } from "../support/fixture-site.ts";

function htmlFiles(folder = fixtureDist): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [relative(fixtureDist, path)] : [];
  });
}

const pages = htmlFiles();
const sitePath = (file: string) => `/${file.replace(/index\.html$/, "")}`;

describe("every built page", () => {
  it("passes html-validate's recommended rules", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // Astro writes `<!DOCTYPE html>`; the rule only wants lower case.
        "doctype-style": "off",
        // Shiki colours code with style attributes, by design (see src/lib/csp.ts).
        "no-inline-style": "off",
        // HTML allows ids that start with a digit (headings such as "1. Setup"); check only what HTML requires.
        "valid-id": ["error", { relaxed: true }],
        // A title is the author's; its length is an SEO preference, not an HTML error.
        "long-title": "off",
        // MDX writes void elements as `<img/>`; both spellings are valid HTML.
        "void-style": "off",
      },
    });
    const failures: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(join(fixtureDist, file));
      for (const result of report.results) {
        for (const message of result.messages)
          failures.push(`${file}:${message.line}: ${message.ruleId}: ${message.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  });

  it("links only to pages, files and fragments that exist", () => {
    const files = new Set([...pages, ...allFiles()]);
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const page = builtPage(sitePath(file));
      for (const element of page.all("[href], [src]")) {
        const url = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
        if (/^(https?:|mailto:|data:)/.test(url) || url === "") continue;
        checked++;
        const [withQuery = "", fragment] = url.split("#");
        // A static host serves the same file whatever the query string (`/search/?tag=…`).
        const pathPart = withQuery.replace(/\?.*$/, "");
        const resolved = pathPart === "" ? sitePath(file) : posix.resolve(posix.dirname(`/${file}`), pathPart);
        const target = pathPart.endsWith("/") && !resolved.endsWith("/") ? `${resolved}/` : resolved;
        const targetFile = decodeURIComponent(target.endsWith("/") ? `${target}index.html` : target).slice(1);
        if (!files.has(targetFile)) {
          broken.push(`${file}: ${url}`);
          continue;
        }
        // `#top` needs no element: browsers scroll to the top of the page for it (HTML's "top" fragment).
        if (fragment && fragment.toLowerCase() !== "top" && targetFile.endsWith(".html")) {
          const targetPage = builtPage(`/${targetFile}`);
          if (targetPage.all(`[id="${decodeURIComponent(fragment)}"]`).length === 0)
            broken.push(`${file}: ${url} (no #${fragment})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });
});

function allFiles(folder = fixtureDist): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? allFiles(path) : [relative(fixtureDist, path)];
  });
}
