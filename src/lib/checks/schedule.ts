/**
 * When the next scheduled post comes due. The build's post check finds it among the posts it has just read and
 * leaves it in the cache folder; `npm run build` records it, so a later build with nothing else changed still runs
 * once that post is due (scripts/support/build-record.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isScheduled } from "../content/posts.ts";
import type { CheckedPost } from "./checked-post.ts";

/** The file in the cache folder that says when the next scheduled post comes due, written by every build. */
export const NEXT_SCHEDULED_FILE = "next-scheduled-post.json";

/** Returns the earliest date among `posts` that is later than `after`, drafts included (one rebuild too many is harmless). */
export function nextScheduledDate(posts: readonly CheckedPost[], after: Date): Date | undefined {
  let next: Date | undefined;
  for (const { date } of posts)
    if (date !== undefined && isScheduled(date, after) && (next === undefined || date < next)) next = date;
  return next;
}

/** Writes when the next scheduled post comes due (`undefined`: none is scheduled) into the cache folder `cacheDir`. */
export function writeNextScheduled(cacheDir: string, date: Date | undefined): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, NEXT_SCHEDULED_FILE), JSON.stringify({ nextScheduledAt: date?.toISOString() ?? null }));
}

/**
 * Returns what the last build wrote: `{ nextScheduledAt }` (`undefined` when no post is scheduled), or `undefined`
 * when the file is missing or unreadable, so the caller cannot know.
 */
export function readNextScheduled(cacheDir: string): { nextScheduledAt: Date | undefined } | undefined {
  const file = join(cacheDir, NEXT_SCHEDULED_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const { nextScheduledAt } = JSON.parse(readFileSync(file, "utf8")) as { nextScheduledAt?: unknown };
    if (nextScheduledAt === null) return { nextScheduledAt: undefined };
    if (typeof nextScheduledAt !== "string" || Number.isNaN(Date.parse(nextScheduledAt))) return undefined;
    return { nextScheduledAt: new Date(nextScheduledAt) };
  } catch {
    return undefined;
  }
}
