import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { runBuild } from "../support/build-site.ts";
import { projectRoot } from "../support/fixture-site.ts";

// The suite's own environment must not name a site URL, or there would be no placeholder to find.
delete process.env["SITE_URL"];

const outDir = join(projectRoot, "tests/.output/first-run-dist");
// Posts that fail the check stop the build right after the first-run warning, so no site is rendered for nothing.
const badPosts = "src/content/posts:tests/fixtures/bad-posts";

beforeEach(() => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "index.html"), "the site as it was");
});

describe("a fresh clone's first build", () => {
  it("names every placeholder once, with the file and key to edit", () => {
    const { output } = runBuild({ BLOG_POSTS_DIRS: badPosts, BLOG_OUT_DIR: outDir, CI: "" });
    const block = output.slice(output.indexOf("┌"), output.indexOf("└"));
    expect(output.match(/┌ This site still carries the template's placeholders/g)).toHaveLength(1);
    expect(block).toContain("SITE_URL (environment): not set, so every canonical URL");
    expect(block).toContain('src/site.config.ts: author.name: "Blog Author" is shown as the author');
    expect(block).toContain("src/site.config.ts: author.url: https://example.com/about/ is an example address");
    expect(block).toContain('src/site.config.ts: links.0.url: the footer\'s "GitHub" link goes to https://github.com/');
  });

  it("on CI, stops before building when SITE_URL is unset, and leaves the old site alone", () => {
    const { status, output } = runBuild({
      BLOG_POSTS_DIRS: badPosts,
      BLOG_OUT_DIR: outDir,
      CI: "true",
      ALLOW_PLACEHOLDER_URL: "",
    });
    expect(status).toBe(1);
    expect(output).toContain("build: SITE_URL is not set on this CI build");
    expect(output).toContain("ALLOW_PLACEHOLDER_URL=1 builds anyway");
    // Stopped before Astro ran: the post check never got to report the bad posts.
    expect(output).not.toContain("tests/fixtures/bad-posts/");
    expect(readdirSync(outDir)).toEqual(["index.html"]);
    expect(readFileSync(join(outDir, "index.html"), "utf8")).toBe("the site as it was");
  });

  it("on CI, goes on with ALLOW_PLACEHOLDER_URL=1 or a real SITE_URL, which it no longer warns about", () => {
    const allowed = runBuild({ BLOG_POSTS_DIRS: badPosts, BLOG_OUT_DIR: outDir, CI: "true" });
    expect(allowed.output).not.toContain("SITE_URL is not set on this CI build");
    expect(allowed.output).toContain("tests/fixtures/bad-posts/");
    const withUrl = runBuild({
      BLOG_POSTS_DIRS: badPosts,
      BLOG_OUT_DIR: outDir,
      SITE_URL: "https://notes.example.dev",
      CI: "true",
      ALLOW_PLACEHOLDER_URL: "",
    });
    expect(withUrl.output).not.toContain("SITE_URL (environment)");
    expect(withUrl.output).toContain("src/site.config.ts: author.name");
    expect(withUrl.output).toContain("tests/fixtures/bad-posts/");
  });
});
