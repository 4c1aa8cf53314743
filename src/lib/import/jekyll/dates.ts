/**
 * Jekyll's post dates. Jekyll reads a date without an offset as wall time in the site's `timezone`
 * (from `_config.yml`) and builds `:year/:month/:day` from the date as that time zone reads it; a
 * date with an offset is the instant written.
 */
import {
  formatUtcOffset,
  instantOf,
  readDateParts,
  utcOffsetAt,
  wallClockIn,
  type WallClock,
} from "../../content/dates.ts";

/** The parts of an instant that Jekyll's permalink placeholders are made of, in one time zone. */
export interface JekyllWallClock extends WallClock {
  /** 1 (Monday) to 7 (Sunday), as `%u`. */
  weekday: number;
}

/** A Jekyll `date` understood: the instant, and how to write it so this blog reads the same instant. */
export interface JekyllDate {
  instant: Date;
  /** `2016-03-01`, or a date-time with an offset, ready for our front matter. */
  written: string;
  /** Whether the source gave a time of day. */
  hasTime: boolean;
}

/** Returns `value` with leading zeros to `width` digits, as Jekyll writes dates in URLs and file names. */
export const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/** Returns whether `timeZone` is an IANA time zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Returns the wall clock of `instant` in `timeZone`, with its day of the week. */
export function wallClock(instant: Date, timeZone: string): JekyllWallClock {
  const wall = wallClockIn(instant, timeZone);
  const weekday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay() || 7;
  return { ...wall, weekday };
}

/**
 * Returns the date a Jekyll post's `date` (or file name) stands for, read as Jekyll reads it (Ruby's
 * `Time.parse`) with `jekyllTimeZone`, and written so that this blog, whose dates are in `siteTimeZone`,
 * reads the same day or instant; `undefined` when it is not a date.
 */
export function parseJekyllDate(value: unknown, jekyllTimeZone: string, siteTimeZone: string): JekyllDate | undefined {
  if (typeof value !== "string" && !(value instanceof Date)) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { instant: value, written: value.toISOString().replace(/\.000Z$/, "Z"), hasTime: true };
  }
  const text = value.trim();
  const parts = readDateParts(text, "ruby");
  if (!parts) return undefined;
  const { year, month, day, hour, minute, second } = parts;
  const day10 = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const instant = instantOf(parts, jekyllTimeZone);
  if (!parts.hasTime) return { instant, written: day10, hasTime: false };
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (parts.offsetMinutes === undefined) {
    const written =
      jekyllTimeZone === siteTimeZone ? `${day10} ${time}` : `${day10} ${time} ${utcOffsetAt(instant, jekyllTimeZone)}`;
    return { instant, written, hasTime: true };
  }
  // Written as it was when this blog reads it so; otherwise in the form it reads, the same instant.
  const asPost = readDateParts(text, "post");
  const written =
    asPost?.offsetMinutes !== undefined ? text : `${day10} ${time} ${formatUtcOffset(parts.offsetMinutes)}`;
  return { instant, written, hasTime: true };
}
