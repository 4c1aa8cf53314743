import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { filesUnder, projectRoot } from "../../scripts/support/project.ts";
import { runBuild } from "../support/build-site.ts";
import { fixturePostDirs } from "../support/fixture-site.ts";

/**
 * The proof of incremental builds: one copy of the project (seed post and fixture posts) takes a sequence of
 * edits, and after each the site built incrementally (one cache kept across the whole sequence) must be
 * byte-identical to a cold build of the same sources (a fresh cache), search index and social cards included.
 */
const work = join(projectRoot, "tests/.output/incremental");
const site = join(work, "site");
// The fixture site's post folders (those outside src/ too), and everything else a build reads.
const PROJECT_FILES = ["src", "public", "scripts", ...fixturePostDirs.split(":"), "astro.config.mjs", "package.json"];
const ROOT_FILES = ["package-lock.json", "tsconfig.json"];

interface Build {
  log: string;
  files: Map<string, string>;
}

function digestTree(folder: string): Map<string, string> {
  return new Map(
    filesUnder(folder).map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(join(folder, file)))
        .digest("hex"),
    ]),
  );
}

/** Runs `npm run build`'s script in the copy; `cache` is the Astro cache folder it keeps between builds. */
function build(name: string, cache: string): Build {
  const outDir = join(work, `dist-${name}`);
  const { status, output } = runBuild(
    { BLOG_OUT_DIR: outDir, BLOG_POSTS_DIRS: fixturePostDirs },
    { root: site, cacheDir: cache },
  );
  if (status !== 0) throw new Error(`The ${name} build failed (exit ${String(status)}):\n${output}`);
  return { log: output, files: digestTree(outDir) };
}

const incrementalCache = join(work, "cache-incremental");
const coldCache = join(work, "cache-cold");

/** Builds incrementally and cold; returns the incremental build's log after checking both sites are identical. */
function expectIncrementalEqualsCold(step: string): string {
  const incremental = build("incremental", incrementalCache);
  rmSync(coldCache, { recursive: true, force: true });
  const cold = build("cold", coldCache);
  expect([...incremental.files.keys()].sort(), `${step}: the same files`).toEqual([...cold.files.keys()].sort());
  const differing = [...cold.files].filter(([file, digest]) => incremental.files.get(file) !== digest);
  expect(
    differing.map(([file]) => file),
    `${step}: files that differ from a cold build`,
  ).toEqual([]);
  return incremental.log;
}

const restoredPages = (log: string) => log.split("\n").filter((line) => line.includes("(restored)")).length;
const rebuiltAfresh = (log: string) => log.includes("every page is built afresh");

/** Replaces `from` with `to` in a file of the copy, failing if `from` is not there (an edit never silently no-ops). */
function edit(file: string, from: string | RegExp, to: string): void {
  const path = join(site, file);
  const text = readFileSync(path, "utf8");
  const edited = text.replace(from, to);
  expect(edited, `${file} has ${String(from)}`).not.toBe(text);
  writeFileSync(path, edited);
}

const posts = "tests/fixtures/posts";
/** A 4×3 red PNG. */
const RED_BOX_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGP4z8AARww4OQD1MQv1NXv7ggAAAABJRU5ErkJggg==";

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const file of new Set([...PROJECT_FILES, ...ROOT_FILES]))
    cpSync(join(projectRoot, file), join(site, file), { recursive: true });
  symlinkSync(join(projectRoot, "node_modules"), join(site, "node_modules"), "dir");
});

describe("an incremental build", () => {
  it("is byte-identical to a cold build after every kind of edit", { timeout: 900_000 }, () => {
    const first = expectIncrementalEqualsCold("first build");
    expect(rebuiltAfresh(first)).toBe(true);

    // Content edits: pages are reused, and only pages whose props changed are rendered.
    appendFileSync(join(site, posts, "2022-01-05-paginated-note-05.md"), "\nA second paragraph, added later.\n");
    edit(`${posts}/2022-01-07-paginated-note-07.md`, 'title: "Paginated note 07"', 'title: "Note seven, retitled"');
    const bodyAndTitle = expectIncrementalEqualsCold("body text and title");
    expect(rebuiltAfresh(bodyAndTitle)).toBe(false);
    expect(restoredPages(bodyAndTitle)).toBeGreaterThan(20);
    // Both posts are from 2022: of the search index, only the 2022 shard is indexed again.
    expect(bodyAndTitle).toMatch(/Search index of \d+ pages in \d+ shards: 1 indexed \(11 pages\)/);

    // A post moves between tag pages; another becomes the newest, so every home page shifts by one.
    edit(`${posts}/2022-01-02-paginated-note-02.md`, "tags: [Notes]", "tags: [Letters]");
    edit(`${posts}/2022-01-03-paginated-note-03.md`, "date: 2022-01-03", "date: 2025-01-03");
    expect(restoredPages(expectIncrementalEqualsCold("tags and date"))).toBeGreaterThan(10);

    writeFileSync(
      join(site, posts, "2023-03-01-a-new-post.md"),
      '---\ntitle: "A new post"\ndate: 2023-03-01\ntags: [Notes, Python]\n---\nWritten between two builds.\n',
    );
    rmSync(join(site, posts, "2022-01-09-paginated-note-09.md"));
    edit(`${posts}/2024-03-01-unpublished-draft.md`, "draft: true", "draft: false");
    edit(
      `${posts}/2022-01-04-paginated-note-04.md`,
      "categories: [Journal]",
      "categories: [Journal]\nredirect_from: [/2022/01/04/note-4.html]",
    );
    // Astro renders a post with an image beside it (for its image pipeline); its page renders every other post.
    writeFileSync(
      join(site, posts, "2023-04-01-with-a-picture.md"),
      '---\ntitle: "With a picture"\ndate: 2023-04-01\n---\nA red box:\n\n![A red box](./red-box.png)\n',
    );
    writeFileSync(join(site, posts, "red-box.png"), Buffer.from(RED_BOX_PNG, "base64"));
    const added = expectIncrementalEqualsCold(
      "new post, deleted post, draft published, redirect added, a post with an image beside it",
    );
    expect(restoredPages(added)).toBeGreaterThan(10);
    const picturePage = readFileSync(join(work, "dist-incremental", "posts", "with-a-picture", "index.html"), "utf8");
    expect(picturePage).toMatch(
      /<img alt="A red box"[^>]* width="4" height="3" src="\/_astro\/red-box\.[\w-]+\.webp"[^>]*>/,
    );

    // Code, config and packages: the build cannot prove any page fresh, so it builds every page again. One build
    // covers the four edits; tests/unit/build-inputs.test.ts shows that each alone forces a full build.
    edit("src/site.config.ts", 'title: "Field Notes"', 'title: "Field Notes, Renamed"');
    edit("src/components/PostMeta.astro", `<p class="post-meta">`, `<p class="post-meta" data-edited>`);
    edit("src/styles/global.css", "--accent: #0550ae;", "--accent: #0a3069;");
    edit("package-lock.json", /("node_modules\/github-slugger": \{\s*"version": ")2\.0\.0"/, '$12.0.1"');
    expect(rebuiltAfresh(expectIncrementalEqualsCold("site.config.ts, a component, CSS and a package version"))).toBe(
      true,
    );

    // With nothing changed, the last build's site stands: nothing is built.
    expect(build("incremental", incrementalCache).log).toContain("Nothing changed since the last build");

    // A file gone from the output is a change: the build runs, reusing every keyed page and the search index.
    rmSync(join(work, "dist-incremental", "index.html"));
    const repaired = expectIncrementalEqualsCold("a file removed from the output");
    expect(rebuiltAfresh(repaired)).toBe(false);
    expect(repaired).toMatch(/Search index of \d+ pages in \d+ shards: 0 indexed/);
  });
});
