import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "./fixture-site.ts";

/** Builds the site with `astro build` in a child process; throws with the build's output when it fails. */
export function buildSite(env: Record<string, string>): { output: string; seconds: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(projectRoot, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status}):\n${output}`);
  return { output, seconds: (performance.now() - started) / 1000 };
}
