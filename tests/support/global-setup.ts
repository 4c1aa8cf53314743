import { rmSync } from "node:fs";
import { buildSite } from "./build-site.ts";
import { fixtureDist, fixturePostDirs } from "./fixture-site.ts";

/**
 * Builds the fixture site once for every build and browser test. It runs in Los Angeles time so
 * that a date without a time showing its own calendar day is tested where UTC midnight is the day before.
 */
export default function setup(): void {
  rmSync(fixtureDist, { recursive: true, force: true });
  buildSite({ TZ: "America/Los_Angeles", BLOG_POSTS_DIRS: fixturePostDirs, BLOG_OUT_DIR: fixtureDist });
}
