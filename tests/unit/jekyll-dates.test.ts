import { describe, expect, it } from "vitest";
import {
  calendarDay,
  formatUtcOffset,
  parsePostDate,
  readDateParts,
  utcOffsetAt,
} from "../../src/lib/content/dates.ts";
import { isKnownTimeZone, parseJekyllDate } from "../../src/lib/import/jekyll/dates.ts";

const NEW_YORK = "America/New_York";

describe("parseJekyllDate", () => {
  it("reads a day as midnight in the Jekyll site's time zone, and writes the day", () => {
    const date = parseJekyllDate("2016-03-01", NEW_YORK, "UTC");
    expect(date).toEqual({ instant: new Date("2016-03-01T05:00:00Z"), written: "2016-03-01", hasTime: false });
    expect(parseJekyllDate("2016/3/1", NEW_YORK, "UTC")?.written).toBe("2016-03-01");
  });

  it("keeps a date with a time and an offset as written", () => {
    for (const written of ["2016-03-01 10:00:00 +0100", "2016-03-01T10:00:00+01:00", "2016-03-01 10:00:00 +01:00"]) {
      const date = parseJekyllDate(written, NEW_YORK, "UTC");
      expect(date?.instant).toEqual(new Date("2016-03-01T09:00:00Z"));
      expect(date?.written).toBe(written);
    }
  });

  it("normalises offsets this blog does not read, keeping the instant", () => {
    expect(parseJekyllDate("2016-03-01 10:00 +01", NEW_YORK, "UTC")?.written).toBe("2016-03-01 10:00:00 +01:00");
    expect(parseJekyllDate("2016-03-01 10:00:00 UTC", NEW_YORK, "UTC")?.written).toBe("2016-03-01 10:00:00 +00:00");
    expect(parseJekyllDate("2016/03/01 10:00 -0330", NEW_YORK, "UTC")?.written).toBe("2016-03-01 10:00:00 -03:30");
    expect(parseJekyllDate("2016-03-01 10:00:00.250 -0330", NEW_YORK, "UTC")?.written).toBe(
      "2016-03-01 10:00:00.250 -0330",
    );
  });

  it("reads a time without an offset in the Jekyll site's zone, and adds the offset when this blog's zone differs", () => {
    const date = parseJekyllDate("2016-07-01 10:00", NEW_YORK, "UTC");
    expect(date?.instant).toEqual(new Date("2016-07-01T14:00:00Z"));
    expect(date?.written).toBe("2016-07-01 10:00:00 -04:00");
    expect(parseJekyllDate("2016-07-01 10:00", NEW_YORK, NEW_YORK)?.written).toBe("2016-07-01 10:00:00");
  });

  it("writes dates this blog reads as the same instant", () => {
    for (const [value, siteZone] of [
      ["2016-07-01 10:00", "UTC"],
      ["2016-07-01 10:00", NEW_YORK],
      ["2016-03-01 10:00:00 +0100", "Asia/Tokyo"],
      ["2016-03-01 10:00 +01", "UTC"],
    ] as const) {
      const date = parseJekyllDate(value, NEW_YORK, siteZone);
      expect(parsePostDate(date?.written ?? "", siteZone)).toEqual(date?.instant);
    }
  });

  it("reads what Ruby's Time.parse reads, as real Jekyll sites write it", () => {
    // A date with the year repeated before the offset, and a day-first date with the year last.
    const repeated = parseJekyllDate("2023-01-29 18:30:22 2023 -0800", NEW_YORK, "UTC");
    expect(repeated).toMatchObject({
      instant: new Date("2023-01-30T02:30:22Z"),
      written: "2023-01-29 18:30:22 -08:00",
    });
    expect(parseJekyllDate("11-9-2017", NEW_YORK, "UTC")?.written).toBe("2017-09-11");
    expect(parseJekyllDate("Jan 5, 2016 9:30 PM EST", NEW_YORK, "UTC")?.instant).toEqual(
      new Date("2016-01-06T02:30:00Z"),
    );
    expect(parseJekyllDate("5th March 2016", NEW_YORK, "UTC")?.written).toBe("2016-03-05");
  });

  it("is the blog's own date parser, lenient: the blog itself still reads only its own forms", () => {
    expect(readDateParts("11-9-2017", "ruby")).toMatchObject({ year: 2017, month: 9, day: 11, hasTime: false });
    expect(readDateParts("11-9-2017")).toBeUndefined();
    expect(parsePostDate("2023-01-29 18:30:22 2023 -0800", "UTC")).toBeUndefined();
    expect(parsePostDate("2023-01-29 18:30:22 2023 -0800", "UTC", "ruby")).toEqual(new Date("2023-01-30T02:30:22Z"));
  });

  it("refuses what is not a date", () => {
    expect(parseJekyllDate("sometime in March", NEW_YORK, "UTC")).toBeUndefined();
    expect(parseJekyllDate("2016-02-30", NEW_YORK, "UTC")).toBeUndefined();
    expect(parseJekyllDate("2016-03-01 25:00", NEW_YORK, "UTC")).toBeUndefined();
    expect(parseJekyllDate(20160301, NEW_YORK, "UTC")).toBeUndefined();
  });
});

describe("time zone helpers", () => {
  it("give the day and offset of an instant in a zone, and know real zones", () => {
    expect(calendarDay(new Date("2016-03-01T01:30:00Z"), NEW_YORK)).toBe("2016-02-29");
    expect(utcOffsetAt(new Date("2016-07-01T12:00:00Z"), NEW_YORK)).toBe("-04:00");
    expect(utcOffsetAt(new Date("2016-07-01T12:00:00Z"), "Asia/Kolkata")).toBe("+05:30");
    expect(formatUtcOffset(-150)).toBe("-02:30");
    expect(isKnownTimeZone("Europe/Berlin")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
