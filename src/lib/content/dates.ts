/**
 * Post dates. A date written without a time (`2024-12-01`) names a calendar day in the site's time
 * zone, never in the build machine's, so the same post shows the same day wherever it is built.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date-time as post front matter may write it; group 7 is its UTC offset, when it has one. */
export const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** A calendar date and time of day, as a clock in some time zone shows it. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Returns the milliseconds since 1970 of a UTC date and time, as `Date.UTC` does but for every year:
 * `Date.UTC` reads years 0–99 as 1900–1999, so `0001-01-01` would become 1901.
 */
export function utcTime(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** Returns the date and time `instant` shows on a clock in `timeZone`. */
export function wallClockIn(instant: Date, timeZone: string): WallClock {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  // Intl counts years before 1 CE as 1 BC, 2 BC, …: astronomical year 0, -1, … here, so date sums work.
  const isBeforeCommonEra = parts.find((p) => p.type === "era")?.value === "BC";
  return {
    year: isBeforeCommonEra ? 1 - part("year") : part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

function utcOffsetMs(instant: Date, timeZone: string): number {
  const wall = wallClockIn(instant, timeZone);
  const wallAsUtc = utcTime(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Returns whether year, month (1–12) and day name a day the calendar has (not 2024-02-30). */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
  const probe = new Date(utcTime(year, month - 1, day));
  return (
    year >= 1 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
  );
}

/**
 * Returns the minutes east of UTC that an offset such as `Z`, `UTC`, `+05:30`, `-0400` or `+01` stands for;
 * `undefined` beyond the ±14 hours real time zones use.
 */
export function parseUtcOffset(offset: string): number | undefined {
  if (/^(Z|UTC|GMT)$/i.test(offset)) return 0;
  const digits = offset.slice(1).replace(":", "");
  const minutes =
    (offset.startsWith("-") ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
  return Math.abs(minutes) > 14 * 60 ? undefined : minutes;
}

/** Returns a UTC offset in minutes as written in dates, such as `+05:30` or `-04:00`. */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  return `${sign}${String(hours).padStart(2, "0")}:${String(Math.abs(offsetMinutes) % 60).padStart(2, "0")}`;
}

/** Returns the offset of `timeZone` from UTC at `instant`, such as `+01:00`. */
export function utcOffsetAt(instant: Date, timeZone: string): string {
  return formatUtcOffset(Math.round(utcOffsetMs(instant, timeZone) / 60_000));
}

/** Returns the instant at which the given wall-clock time happens in `timeZone`. */
export function zonedTime(wall: WallClock, timeZone: string): Date {
  const wallAsUtc = utcTime(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const firstGuess = wallAsUtc - utcOffsetMs(new Date(wallAsUtc), timeZone);
  return new Date(wallAsUtc - utcOffsetMs(new Date(firstGuess), timeZone));
}

/**
 * How leniently a written date is read: `post` as this blog's front matter writes dates (`2024-12-01`,
 * `2024-12-01 10:00`, `2024-12-01 10:00:00 +01:00`); `ruby` as Ruby's `Time.parse` reads them, which is
 * how Jekyll reads a post's `date` (`2023-01-29 18:30:22 2023 -0800`, `11-9-2017`, `Jan 5, 2016 9:30 PM EST`).
 */
export type DateLeniency = "post" | "ruby";

/** A written date read into its parts. */
export interface DateParts extends WallClock {
  /** Whether the text gave a time of day. */
  hasTime: boolean;
  /** Minutes east of UTC, when the text names an offset or a zone. */
  offsetMinutes: number | undefined;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The zone abbreviations Ruby's `Time.parse` knows for North America, in hours east of UTC. */
const ZONE_HOURS: Readonly<Record<string, number>> = {
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};
const MONTH_NAME = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/** Where Ruby finds the day, and the order of year (y), month (m, or M by name) and day (d) in it. */
const RUBY_DAYS: readonly { pattern: RegExp; order: string }[] = [
  { pattern: /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, order: "ymd" },
  // Day first when the year comes last: Ruby reads `11-9-2017` and `11/9/2017` as 11 September.
  { pattern: /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/, order: "dmy" },
  { pattern: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})`, "i"), order: "dMy" },
  { pattern: new RegExp(`${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, "i"), order: "Mdy" },
];
const RUBY_TIME = /(?:^|[\sT])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?/i;
const RUBY_ZONE = /(?:^|[\s\d])(Z|UTC|UT|GMT|[ECMP][SD]T|[+-]\d{2}(?::?\d{2})?)(?=\s|$)/i;

/** Returns the parts of a date as Ruby's `Time.parse` reads it: the first day it finds, then a time and a zone after it. */
function readRubyDate(text: string): DateParts | undefined {
  for (const { pattern, order } of RUBY_DAYS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const part = (key: string): number => {
      const group = match[order.indexOf(key) + 1] ?? "";
      return key === "M" ? MONTHS.indexOf(group.slice(0, 3).toLowerCase()) + 1 : Number(group);
    };
    const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
    const time = RUBY_TIME.exec(rest);
    const meridiem = time?.[4]?.toLowerCase();
    const clockHour = Number(time?.[1] ?? 0);
    const hour = meridiem ? (clockHour % 12) + (meridiem === "p" ? 12 : 0) : clockHour;
    const zone = time ? RUBY_ZONE.exec(rest.slice(time.index + time[0].length))?.[1]?.toUpperCase() : undefined;
    const zoneHours = zone === undefined ? undefined : ZONE_HOURS[zone];
    return {
      year: part("y"),
      month: part(order.includes("M") ? "M" : "m"),
      day: part("d"),
      hour,
      minute: Number(time?.[2] ?? 0),
      second: Number(time?.[3] ?? 0),
      hasTime: time !== null,
      offsetMinutes: zoneHours !== undefined ? zoneHours * 60 : zone === undefined ? undefined : parseUtcOffset(zone),
    };
  }
  return undefined;
}

/** Returns the parts of a date written as this blog's front matter writes dates. */
function readPostDate(text: string): DateParts | undefined {
  const dateOnly = DATE_ONLY.exec(text);
  const dateTime = dateOnly ? null : DATE_TIME.exec(text);
  const match = dateOnly ?? dateTime;
  if (!match) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((n) => Number(n ?? 0));
  const offset = dateTime?.[7];
  const offsetMinutes = offset === undefined ? undefined : parseUtcOffset(offset);
  if (offset !== undefined && offsetMinutes === undefined) return undefined;
  return { year, month, day, hour, minute, second, hasTime: dateTime !== null, offsetMinutes };
}

/** Returns the parts of a written date, read with `leniency`; `undefined` when it is not a real date and time. */
export function readDateParts(text: string, leniency: DateLeniency = "post"): DateParts | undefined {
  const trimmed = text.trim();
  const parts = leniency === "ruby" ? readRubyDate(trimmed) : readPostDate(trimmed);
  if (!parts || !isRealCalendarDay(parts.year, parts.month, parts.day)) return undefined;
  return parts.hour > 23 || parts.minute > 59 || parts.second > 59 ? undefined : parts;
}

/** Returns the instant date parts stand for: as written when they have an offset, else wall time in `timeZone`. */
export function instantOf(parts: DateParts, timeZone: string): Date {
  const { year, month, day, hour, minute, second, offsetMinutes } = parts;
  if (offsetMinutes === undefined) return zonedTime({ year, month, day, hour, minute, second }, timeZone);
  return new Date(utcTime(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
}

/**
 * Returns the instant a front matter date stands for, or `undefined` when it is not a real date.
 * YAML turns `2024-12-01` into midnight UTC; that, and any `YYYY-MM-DD` string, is the start of that
 * calendar day in `timeZone`. A time with an offset is taken as written; a time without one is wall
 * time in `timeZone`. `leniency` says which written forms are dates (see `DateLeniency`).
 */
export function parsePostDate(
  value: Date | string,
  timeZone: string,
  leniency: DateLeniency = "post",
): Date | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const isYamlDateOnly =
      value.getUTCHours() === 0 &&
      value.getUTCMinutes() === 0 &&
      value.getUTCSeconds() === 0 &&
      value.getUTCMilliseconds() === 0;
    if (!isYamlDateOnly) return value;
    return zonedTime(
      {
        year: value.getUTCFullYear(),
        month: value.getUTCMonth() + 1,
        day: value.getUTCDate(),
        hour: 0,
        minute: 0,
        second: 0,
      },
      timeZone,
    );
  }
  const parts = readDateParts(value, leniency);
  return parts && instantOf(parts, timeZone);
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

/** Returns a reader-facing date such as `December 1, 2024`, as the calendar reads in `timeZone`. */
export function displayDate(date: Date, timeZone: string, locale = "en-US"): string {
  const key = `${locale}|${timeZone}`;
  let formatter = displayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone });
    displayFormatters.set(key, formatter);
  }
  return formatter.format(date);
}

/** Returns the `YYYY-MM-DD` calendar day of `date` in `timeZone`. */
export function calendarDay(date: Date, timeZone: string): string {
  const wall = wallClockIn(date, timeZone);
  return `${String(wall.year).padStart(4, "0")}-${String(wall.month).padStart(2, "0")}-${String(wall.day).padStart(2, "0")}`;
}

/** Returns the year `date` falls in, as the calendar reads in `timeZone`. */
export function calendarYear(date: Date, timeZone: string): number {
  return wallClockIn(date, timeZone).year;
}
