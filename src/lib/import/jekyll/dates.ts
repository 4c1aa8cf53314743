/**
 * Jekyll's post dates. Jekyll reads a date without an offset as wall time in the site's `timezone`
 * (from `_config.yml`) and builds `:year/:month/:day` from the date as that time zone reads it; a
 * date with an offset is the instant written.
 */
import {
  DATE_TIME,
  formatUtcOffset,
  isRealCalendarDay,
  parseUtcOffset,
  utcOffsetAt,
  wallClockIn,
  zonedTime,
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

const JEKYLL_DATE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

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
 * Returns the date a Jekyll post's `date` (or file name) stands for, read as Jekyll reads it with
 * `jekyllTimeZone`, and written so that this blog, whose dates are in `siteTimeZone`, reads the same
 * day or instant; `undefined` when it is not a date.
 */
export function parseJekyllDate(value: unknown, jekyllTimeZone: string, siteTimeZone: string): JekyllDate | undefined {
  if (typeof value !== "string" && !(value instanceof Date)) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { instant: value, written: value.toISOString().replace(/\.000Z$/, "Z"), hasTime: true };
  }
  const text = value.trim();
  const match = JEKYLL_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (!isRealCalendarDay(year, month, day)) return undefined;
  const day10 = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (match[4] === undefined) {
    const instant = zonedTime({ year, month, day, hour: 0, minute: 0, second: 0 }, jekyllTimeZone);
    return { instant, written: day10, hasTime: false };
  }
  const [hour, minute, second] = [match[4], match[5], match[6] ?? "0"].map(Number) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const zone = match[7]?.toUpperCase();
  if (zone === undefined) {
    const instant = zonedTime({ year, month, day, hour, minute, second }, jekyllTimeZone);
    const written =
      jekyllTimeZone === siteTimeZone ? `${day10} ${time}` : `${day10} ${time} ${utcOffsetAt(instant, jekyllTimeZone)}`;
    return { instant, written, hasTime: true };
  }
  const offsetMinutes = parseUtcOffset(zone);
  if (offsetMinutes === undefined) return undefined;
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
  const normalised = `${day10} ${time} ${formatUtcOffset(offsetMinutes)}`;
  return { instant, written: DATE_TIME.exec(text)?.[7] !== undefined ? text : normalised, hasTime: true };
}
