/**
 * The record of the last successful build, kept in the cache folder, and the two things it lets the next build
 * skip: reusing rendered pages needs the same inputs besides posts (build-inputs.ts), and skipping the build
 * altogether needs those, the same files in the post folders and `public/`, no scheduled post come due, and the
 * output folder exactly as that build left it.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { postFolders } from "../../src/lib/content/post-files.ts";
import { filesUnder, hashFile, publicDir } from "./project.ts";

/** What a successful build was made from ({@link BuildSources}) and what it wrote. */
export interface BuildRecord extends BuildSources {
  /** The digest of the output folder's files as the build left them (see {@link outputKey}). */
  output: string;
  /** When the build started (ISO 8601): posts dated after it were scheduled, not published. */
  startedAt: string;
  /**
   * When the first of those scheduled posts comes due (ISO 8601), as the build's post check found it
   * (src/lib/checks/schedule.ts); none when no post was scheduled.
   */
  nextScheduledAt?: string | undefined;
}

/**
 * Returns a digest of every file in the post folders and the public folder, posts and the images beside them alike:
 * the sources that `build-inputs.ts` leaves to Astro's own page-by-page tracking.
 */
export function sourcesKey(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256");
  for (const folder of [...postFolders(env).map((posts) => join(root, posts)), publicDir(env, root)]) {
    hash.update(`\0folder\0${relative(root, folder)}`);
    for (const file of filesUnder(folder)) hashFile(hash, file, readFileSync(join(folder, file)));
  }
  return hash.digest("hex");
}

/**
 * Returns a digest of the paths, sizes and modification times of every file in `outDir`: any file written,
 * removed or edited there since the build changes it. Cheap enough for every build (no file is read).
 */
export function outputKey(outDir: string): string {
  const hash = createHash("sha256");
  for (const file of filesUnder(outDir)) {
    const stats = statSync(join(outDir, file));
    hash.update(`\0${file}\0${String(stats.size)}\0${String(stats.mtimeMs)}`);
  }
  return hash.digest("hex");
}

/** Returns the record of the last successful build, or nothing when there is none or it cannot be read. */
export function readBuildRecord(recordFile: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(recordFile, "utf8")) as Partial<BuildRecord>;
    const { inputs, sources, outDir, output, startedAt, nextScheduledAt } = record;
    if ([inputs, sources, outDir, output, startedAt].some((value) => typeof value !== "string")) return undefined;
    if (nextScheduledAt !== undefined && typeof nextScheduledAt !== "string") return undefined;
    return record as BuildRecord;
  } catch {
    return undefined;
  }
}

/** Records a build that succeeded, so the next one may reuse its pages or skip building. */
export function writeBuildRecord(recordFile: string, record: BuildRecord): void {
  writeFileSync(recordFile, JSON.stringify(record, null, 2));
}

/** What the build about to run is made from. */
export interface BuildSources {
  /** The build's {@link import("./build-inputs.ts").buildInputsKey}: code, config, packages, environment. */
  inputs: string;
  /** The digest of every file in the post folders and in `public/` (see {@link sourcesKey}). */
  sources: string;
  /** The output folder, absolute. */
  outDir: string;
}

/**
 * Returns whether the last successful build, `record`, already is the site `current` would make at `now`: same
 * inputs, same posts and public files, same output folder untouched since, and no scheduled post come due.
 */
export function lastBuildIsCurrent(record: BuildRecord | undefined, current: BuildSources, now: Date): boolean {
  if (record === undefined) return false;
  if (record.inputs !== current.inputs || record.sources !== current.sources || record.outDir !== current.outDir)
    return false;
  if (!existsSync(current.outDir) || outputKey(current.outDir) !== record.output) return false;
  return record.nextScheduledAt === undefined || now < new Date(record.nextScheduledAt);
}
