// `npm run build`: `astro build` into a staging folder, swapped in only when the whole build (pages,
// feeds, sitemap, search index) succeeded, so a failed build never leaves dist/ half-made.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const outDir = resolve(root, process.env["BLOG_OUT_DIR"] ?? "dist");
const stagingDir = `${outDir}.partial`;
const previousDir = `${outDir}.previous`;

rmSync(stagingDir, { recursive: true, force: true });
const astro = resolve(root, "node_modules/astro/bin/astro.mjs");
const build = spawnSync(process.execPath, [astro, "build", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, BLOG_OUT_DIR: stagingDir },
});

if (build.status !== 0) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`Build failed; ${outDir} was left as it was.`);
  process.exit(build.status ?? 1);
}

rmSync(previousDir, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previousDir);
renameSync(stagingDir, outDir);
rmSync(previousDir, { recursive: true, force: true });
console.log(`Site written to ${outDir}.`);
