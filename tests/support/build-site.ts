import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "./fixture-site.ts";

/** Builds the site with `astro build` in a child process; throws with the build's output when it fails. */
export function buildSite(env: Record<string, string>): { output: string; seconds: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(projectRoot, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: projectRoot,
    env: childEnv(env),
    encoding: "utf8",
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status}):\n${output}`);
  return { output, seconds: (performance.now() - started) / 1000 };
}

/**
 * Returns the environment a person's shell would give `astro`: the test runner's own variables
 * removed (Astro changes behaviour when it sees VITEST), NODE_ENV kept, so a stray NODE_ENV is
 * part of what the tests prove harmless.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...extra };
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  return env;
}
