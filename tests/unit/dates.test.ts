import { afterEach, describe, expect, it } from "vitest";
import { calendarDay, calendarYear, displayDate, parsePostDate } from "../../src/lib/content/dates.ts";

const originalTz = process.env["TZ"];
afterEach(() => {
  if (originalTz === undefined) delete process.env["TZ"];
  else process.env["TZ"] = originalTz;
});

/** What YAML gives for `date: 2024-12-01`. */
const yamlDate = (text: string) => new Date(`${text}T00:00:00.000Z`);

describe("parsePostDate", () => {
  it.each(["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata"])(
    "keeps a date without a time on its calendar day when the machine is in %s",
    (machineZone) => {
      process.env["TZ"] = machineZone;
      const date = parsePostDate(yamlDate("2024-12-01"), "UTC");
      expect(date?.toISOString()).toBe("2024-12-01T00:00:00.000Z");
      expect(displayDate(date!, "UTC")).toBe("December 1, 2024");
      expect(calendarDay(date!, "UTC")).toBe("2024-12-01");
    },
  );

  it("reads a date without a time as midnight in the site's time zone", () => {
    const date = parsePostDate(yamlDate("2024-12-01"), "America/Los_Angeles");
    expect(date?.toISOString()).toBe("2024-12-01T08:00:00.000Z");
    expect(displayDate(date!, "America/Los_Angeles")).toBe("December 1, 2024");
    expect(parsePostDate("2024-12-01", "Pacific/Kiritimati")?.toISOString()).toBe("2024-11-30T10:00:00.000Z");
  });

  it("takes a time with an offset as written", () => {
    expect(parsePostDate("2016-03-01 10:00:00 +0100", "UTC")?.toISOString()).toBe("2016-03-01T09:00:00.000Z");
    expect(parsePostDate("2016-03-01T10:00:00+01:00", "UTC")?.toISOString()).toBe("2016-03-01T09:00:00.000Z");
    expect(parsePostDate("2023-07-14 23:30:00 -0700", "UTC")?.toISOString()).toBe("2023-07-15T06:30:00.000Z");
    expect(parsePostDate("2020-01-01T12:00Z", "Asia/Tokyo")?.toISOString()).toBe("2020-01-01T12:00:00.000Z");
  });

  it("reads a time without an offset as wall time in the site's time zone", () => {
    expect(parsePostDate("2024-07-01 09:30", "Europe/Berlin")?.toISOString()).toBe("2024-07-01T07:30:00.000Z");
    expect(parsePostDate("2024-01-01 09:30", "Europe/Berlin")?.toISOString()).toBe("2024-01-01T08:30:00.000Z");
  });

  it("passes through an instant YAML already resolved", () => {
    const instant = new Date("2016-03-01T09:00:00.000Z");
    expect(parsePostDate(instant, "America/New_York")).toBe(instant);
  });

  it.each(["2024-13-45", "2024-02-30", "yesterday", "2024-12-01 25:00", "12/01/2024", "", "2024-12-01 10:00 +1900"])(
    "rejects %j",
    (text) => {
      expect(parsePostDate(text, "UTC")).toBeUndefined();
    },
  );

  it("rejects an invalid Date", () => {
    expect(parsePostDate(new Date(Number.NaN), "UTC")).toBeUndefined();
  });
});

describe("calendarYear", () => {
  it("reads the year as the site's calendar does", () => {
    const newYearInTokyo = new Date("2024-12-31T16:00:00.000Z");
    expect(calendarYear(newYearInTokyo, "UTC")).toBe(2024);
    expect(calendarYear(newYearInTokyo, "Asia/Tokyo")).toBe(2025);
  });
});
