import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { childEnv, runBuild } from "../support/build-site.ts";
import { fixturePostDirs, projectRoot } from "../support/fixture-site.ts";

const outDir = join(projectRoot, "tests/.output/failed-dist");
const badPosts = "tests/fixtures/bad-posts";

beforeEach(() => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "index.html"), "the site as it was");
});

function expectOutDirUntouched(): void {
  expect(readdirSync(outDir)).toEqual(["index.html"]);
  expect(readFileSync(join(outDir, "index.html"), "utf8")).toBe("the site as it was");
  const leftovers = readdirSync(dirname(outDir)).filter((name) => /^failed-dist\.(partial|previous)$/.test(name));
  expect(leftovers).toEqual([]);
}

describe("a build with bad posts", () => {
  it("fails, names every bad post, and leaves the previous site alone", () => {
    const { status, output } = runBuild({ BLOG_POSTS_DIRS: `src/content/posts:${badPosts}`, BLOG_OUT_DIR: outDir });
    expect(status).not.toBe(0);
    for (const file of readdirSync(join(projectRoot, badPosts))) expect(output).toContain(`${badPosts}/${file}`);
    expect(output).toContain('tgas: unknown key "tgas": did you mean "tags"?');
    expect(output).toContain(`${badPosts}/2024-01-19-bad-tex.md:9: KaTeX cannot render`);
    expectOutDirUntouched();
  });

  it("that only the build can catch still publishes nothing half-made", () => {
    const { status, output } = runBuild({
      BLOG_POSTS_DIRS: "src/content/posts:tests/fixtures/late-failure",
      BLOG_OUT_DIR: outDir,
    });
    expect(status).not.toBe(0);
    expect(output).toContain("no-such-component.astro");
    expectOutDirUntouched();
  });
});

describe("npm run build with Astro options", () => {
  it("refuses the ones that would build outside its staging folder, before building anything", () => {
    for (const option of ["--outDir=elsewhere", "--root", "--config"]) {
      const result = spawnSync(process.execPath, [join(projectRoot, "scripts/build.ts"), option, "x"], {
        cwd: projectRoot,
        env: childEnv({ BLOG_OUT_DIR: outDir }),
        encoding: "utf8",
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`build: ${option} cannot be used here; set BLOG_OUT_DIR`);
      expectOutDirUntouched();
    }
  });
});

describe("npm run check", () => {
  const check = (folders: string) =>
    spawnSync(process.execPath, [join(projectRoot, "scripts/check-posts.ts")], {
      cwd: projectRoot,
      env: childEnv({ BLOG_POSTS_DIRS: folders }),
      encoding: "utf8",
    });

  it("lists every bad post in one run and exits non-zero", () => {
    const result = check(badPosts);
    expect(result.status).toBe(1);
    for (const file of readdirSync(join(projectRoot, badPosts))) expect(result.stdout).toContain(`${badPosts}/${file}`);
    expect(result.stdout).toContain(
      `${badPosts}/2024-01-19-bad-tex.md:9: KaTeX cannot render \`x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a\`: Unexpected end of input in a macro argument, expected '}'`,
    );
    expect(result.stdout).toContain("23 problems in 23 of 23 posts.");
  });

  it("passes good posts", () => {
    const result = check(fixturePostDirs);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("No problems in 28 posts.");
  });
});
