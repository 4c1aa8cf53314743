import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./fixture-site.ts";

let buildCount = 0;

/** Runs `npm run build`'s script in a child process, with a fresh Astro cache; returns its exit status and output. */
export function runBuild(env: Record<string, string>): { status: number | null; output: string } {
  const cacheDir = join(projectRoot, "tests/.output/cache", String(process.pid), String(buildCount++));
  rmSync(cacheDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(projectRoot, "scripts/build.ts")], {
    cwd: projectRoot,
    env: childEnv({ BLOG_CACHE_DIR: cacheDir, ...env }),
    encoding: "utf8",
  });
  rmSync(cacheDir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds the site as `npm run build` does; throws with the build's output when it fails. */
export function buildSite(env: Record<string, string>): string {
  const { status, output } = runBuild(env);
  if (status !== 0) throw new Error(`The build failed (exit ${status}):\n${output}`);
  return output;
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
