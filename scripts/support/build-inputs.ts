/**
 * The safety net of incremental builds. Astro reuses a page when its key, its route's module graph, its content
 * entries, the config and the lockfile are unchanged, but it cannot see code that runs at config time (the
 * Markdown plugins whose output the content cache keeps, site.config.ts as the config reads it) nor the
 * environment. So `npm run build` keeps a digest of everything but the posts (in its build record,
 * build-record.ts), and when it changed it runs `astro build --force`: the content cache and every cached page
 * are dropped and the site is built afresh.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listPostFiles, postFolders } from "../../src/lib/content/post-files.ts";
import { compareText } from "../../src/lib/text/compare.ts";
import { filesUnder, hashFile } from "./project.ts";

/** Files at the project root that shape every page. */
const ROOT_FILES = ["astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json"];
/** Environment variables the config, the pages or the post list read (output and cache folders excepted). */
const INPUT_VARIABLE = /^(SITE_|BASE_|BLOG_|PUBLIC_|MDX_POSTS$|NODE_ENV$)/;
const NOT_INPUTS = new Set(["BLOG_OUT_DIR", "BLOG_CACHE_DIR"]);

/**
 * Returns a digest of what a build is made from besides its posts: every file under `src/` but the post files,
 * the config, package manifests and lockfile, the Node version and the environment variables the build reads.
 */
export function buildInputsKey(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const posts = new Set(listPostFiles(root, postFolders(env)));
  const sourceFiles = filesUnder(join(root, "src")).map((file) => `src/${file}`);
  const files = [...sourceFiles.filter((file) => !posts.has(file)), ...ROOT_FILES].sort();
  const hash = createHash("sha256").update(process.version);
  for (const [name, value] of Object.entries(env).sort(([a], [b]) => compareText(a, b)))
    if (INPUT_VARIABLE.test(name) && !NOT_INPUTS.has(name)) hash.update(`\0${name}=${value ?? ""}`);
  for (const file of files) {
    const path = join(root, file);
    hashFile(hash, file, existsSync(path) ? readFileSync(path) : "(none)");
  }
  return hash.digest("hex");
}
