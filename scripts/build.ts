// `npm run build`: `astro build` into a staging folder, then the Pagefind index over it, swapped in only
// when the whole build (pages, feeds, sitemap, search index) succeeded, so a failed build never leaves
// dist/ half-made. Pagefind runs after Astro's process has ended rather than inside it, so the memory
// Astro used for rendering is returned before Pagefind needs as much again (about 4 GB each at 10,000 posts).
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { writeSearchIndex } from "../src/lib/search-index.ts";
import { site } from "../src/site.config.ts";

const root = new URL("../", import.meta.url).pathname;
const outDir = resolve(root, process.env["BLOG_OUT_DIR"] ?? "dist");
const stagingDir = `${outDir}.partial`;
const previousDir = `${outDir}.previous`;

function failBuild(status: number): never {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`Build failed; ${outDir} was left as it was.`);
  process.exit(status);
}

rmSync(stagingDir, { recursive: true, force: true });
const astro = resolve(root, "node_modules/astro/bin/astro.mjs");
const build = spawnSync(process.execPath, [astro, "build", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, BLOG_OUT_DIR: stagingDir },
});
if (build.status !== 0) failBuild(build.status ?? 1);

const started = performance.now();
try {
  const { pages } = await writeSearchIndex(stagingDir, site.lang);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[blog:pagefind] Search index written from ${pages} HTML files in ${seconds}s.`);
} catch (error) {
  console.error(`[blog:pagefind] ${error instanceof Error ? error.message : String(error)}`);
  failBuild(1);
}

rmSync(previousDir, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previousDir);
renameSync(stagingDir, outDir);
rmSync(previousDir, { recursive: true, force: true });
console.log(`Site written to ${outDir}.`);
