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

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** Returns the date and time `instant` shows on a clock in `timeZone`. */
export function wallClockIn(instant: Date, timeZone: string): WallClock {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
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
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

function utcOffsetMs(instant: Date, timeZone: string): number {
  const wall = wallClockIn(instant, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Returns whether year, month (1–12) and day name a day the calendar has (not 2024-02-30). */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
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
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const firstGuess = wallAsUtc - utcOffsetMs(new Date(wallAsUtc), timeZone);
  return new Date(wallAsUtc - utcOffsetMs(new Date(firstGuess), timeZone));
}

/**
 * Returns the instant a front matter date stands for, or `undefined` when it is not a real date.
 * YAML turns `2024-12-01` into midnight UTC; that, and any `YYYY-MM-DD` string, is the start of that
 * calendar day in `timeZone`. A time with an offset is taken as written; a time without one is wall
 * time in `timeZone`.
 */
export function parsePostDate(value: Date | string, timeZone: string): Date | undefined {
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
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text);
  const dateTime = dateOnly ? null : DATE_TIME.exec(text);
  const match = dateOnly ?? dateTime;
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((n) => Number(n ?? 0));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (!isRealCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = dateTime?.[7];
  if (offset === undefined) return zonedTime({ year, month, day, hour, minute, second }, timeZone);
  const offsetMinutes = parseUtcOffset(offset);
  if (offsetMinutes === undefined) return undefined;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
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
