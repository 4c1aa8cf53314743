import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site.ts";
import { fixtureDist, fixturePostDirs, projectRoot } from "../support/fixture-site.ts";

/** Returns a digest of every file under `folder`, by path relative to it. */
function digestTree(folder: string): Map<string, string> {
  const digests = new Map<string, string>();
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else digests.set(relative(folder, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(folder);
  return digests;
}

const rebuilds = {
  UTC: join(projectRoot, "tests/.output/determinism-utc"),
  "Pacific/Kiritimati": join(projectRoot, "tests/.output/determinism-kiritimati"),
};

let reference: Map<string, string>;

beforeAll(() => {
  reference = digestTree(fixtureDist);
  for (const [zone, outDir] of Object.entries(rebuilds)) {
    buildSite({ TZ: zone, BLOG_POSTS_DIRS: fixturePostDirs, BLOG_OUT_DIR: outDir });
  }
}, 240_000);

describe("the same input", () => {
  it("gives byte-identical sites from clean builds, whatever the machine's time zone", () => {
    expect(reference.size).toBeGreaterThan(50);
    for (const [zone, outDir] of Object.entries(rebuilds)) {
      const rebuilt = digestTree(outDir);
      expect([...rebuilt.keys()].sort(), zone).toEqual([...reference.keys()].sort());
      const differing = [...reference].filter(([file, digest]) => rebuilt.get(file) !== digest).map(([file]) => file);
      expect(differing, `files that differ from the Los Angeles build when built in ${zone}`).toEqual([]);
    }
  });
});
