/**
 * Where the project is and where a build writes: shared by the build script, the audit, screenshots,
 * the benchmark and the tests, so none of them works it out again.
 */
import type { Hash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root, where `astro build` runs. */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** The folder a build writes the site to: `BLOG_OUT_DIR` when set (the tests and the benchmark set it), else `dist/`. */
export function siteOutDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(projectRoot, env["BLOG_OUT_DIR"] ?? "dist");
}

/** The folder copied into the site as it is: `BLOG_PUBLIC_DIR` when set (the importer's tests set it), else `public/`. */
export function publicDir(env: NodeJS.ProcessEnv = process.env, root: string = projectRoot): string {
  return resolve(root, env["BLOG_PUBLIC_DIR"] ?? "public");
}

/**
 * Astro's cache folder, which the build's own caches share (content data store, social cards, the search index):
 * `BLOG_CACHE_DIR` when set (as astro.config.mjs reads it), else `node_modules/.astro`, which the deploy recipes keep.
 */
export function buildCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(projectRoot, env["BLOG_CACHE_DIR"] ?? "node_modules/.astro");
}

/**
 * Returns the environment a person's shell would give `astro`: the test runner's own variables
 * removed (Astro changes behaviour when it sees VITEST or Vite's BASE_URL), NODE_ENV kept, so a
 * stray NODE_ENV is part of what the tests prove harmless.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...extra };
  // Vite's own variables would override the child's config (a leaked BASE_URL beats `base`).
  for (const name of Object.keys(env)) {
    if (name.startsWith("VITEST") || ["BASE_URL", "MODE", "DEV", "PROD", "SSR"].includes(name)) delete env[name];
  }
  return env;
}

/**
 * Returns the files under `folder`, at any depth, as `/`-separated paths relative to it, sorted; none when it
 * does not exist.
 */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/**
 * Adds a file to `hash` as its name, its length and its bytes: with the length ending the header, no file's bytes
 * can be read as the start of the next.
 */
export function hashFile(hash: Hash, name: string, bytes: Buffer | string): void {
  hash.update(`\0${name}\0${String(Buffer.byteLength(bytes))}\0`).update(bytes);
}
