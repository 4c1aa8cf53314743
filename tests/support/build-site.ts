import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { childEnv, projectRoot } from "../../scripts/support/project.ts";

export { childEnv };

let buildCount = 0;

/** Posts per search shard in fixture builds (outputs/search-shards.ts): the fixture site gets three in English. */
const FIXTURE_SHARD_PAGES = "5";

/** Where a build runs and which Astro cache it keeps: by default the project, and a fresh cache removed afterwards. */
export interface BuildPlace {
  /** The project (or a copy of it) whose `scripts/build.ts` runs there. */
  root?: string;
  /** A cache folder to build with and keep, as an author's builds keep theirs. */
  cacheDir?: string;
}

/** Runs `npm run build`'s script in a child process; returns its exit status and output. */
export function runBuild(
  env: Record<string, string>,
  { root = projectRoot, cacheDir: keptCache }: BuildPlace = {},
): { status: number | null; output: string } {
  const cacheDir = keptCache ?? join(projectRoot, "tests/.output/cache", String(process.pid), String(buildCount++));
  if (!keptCache) rmSync(cacheDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(root, "scripts/build.ts")], {
    cwd: root,
    // Fixture sites keep the template's example address on purpose, also when the suite runs on CI. Their
    // search index is cut into shards of a few posts, so every search test searches across several.
    env: childEnv({
      BLOG_CACHE_DIR: cacheDir,
      ALLOW_PLACEHOLDER_URL: "1",
      BLOG_SEARCH_SHARD_PAGES: FIXTURE_SHARD_PAGES,
      ...env,
    }),
    encoding: "utf8",
  });
  if (!keptCache) rmSync(cacheDir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds the site as `npm run build` does; throws with the build's output when it fails. */
export function buildSite(env: Record<string, string>): string {
  const { status, output } = runBuild(env);
  if (status !== 0) throw new Error(`The build failed (exit ${status}):\n${output}`);
  return output;
}
