import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addCalendarDays,
  type BusinessCalendar,
  calendarDaysBetween,
  businessDaysBetween,
  dueInstant,
  holidayCountry,
  holidayOn,
  isBusinessDay,
  localDate,
  localInstant,
} from "./business-days.ts";

const DE: BusinessCalendar = { country: "DE", timeZone: "Europe/Berlin" };
const GB: BusinessCalendar = { country: "GB", timeZone: "Europe/London" };
const US: BusinessCalendar = { country: "US", timeZone: "America/New_York" };
const AE: BusinessCalendar = { country: "AE", timeZone: "Asia/Dubai" };
const SA: BusinessCalendar = { country: "SA", timeZone: "Asia/Riyadh" };
const JP: BusinessCalendar = { country: "JP", timeZone: "Asia/Tokyo" };

describe("localDate", () => {
  it("gives the same instant different dates in Tokyo and Los Angeles", () => {
    const instant = new Date("2026-11-20T20:00:00Z");
    expect(localDate(instant, "Asia/Tokyo")).toBe("2026-11-21");
    expect(localDate(instant, "America/Los_Angeles")).toBe("2026-11-20");
    expect(localDate(instant, "UTC")).toBe("2026-11-20");
  });

  it("follows daylight saving: 23:30 UTC is already the next day in Berlin in summer and in winter", () => {
    expect(localDate(new Date("2026-07-01T23:30:00Z"), "Europe/Berlin")).toBe("2026-07-02");
    expect(localDate(new Date("2026-01-01T22:59:00Z"), "Europe/Berlin")).toBe("2026-01-01");
    expect(localDate(new Date("2026-01-01T23:00:00Z"), "Europe/Berlin")).toBe("2026-01-02");
  });

  it("refuses an unknown time zone and an invalid instant", () => {
    expect(() => localDate(new Date("2026-11-20T20:00:00Z"), "Mars/Olympus")).toThrow(RangeError);
    expect(() => localDate(new Date("not a date"), "UTC")).toThrow(/Invalid Date/);
  });
});

describe("addBusinessDays", () => {
  it("Friday + 3 business days is Wednesday", () => {
    expect(addBusinessDays("2026-11-20", 3, DE)).toBe("2026-11-25");
    expect(addBusinessDays("2026-11-20", 1, GB)).toBe("2026-11-23");
  });

  it("starts counting on the next business day when the start is a weekend day", () => {
    expect(addBusinessDays("2026-11-21", 1, DE)).toBe("2026-11-23");
    expect(addBusinessDays("2026-11-22", 3, DE)).toBe("2026-11-25");
  });

  it("with 0 days keeps a business day and moves a weekend day to the next business day", () => {
    expect(addBusinessDays("2026-11-25", 0, DE)).toBe("2026-11-25");
    expect(addBusinessDays("2026-11-21", 0, DE)).toBe("2026-11-23");
    expect(addBusinessDays("2026-12-25", 0, GB)).toBe("2026-12-29");
  });

  it("treats Christmas Eve in DE as a business day (a 'bank' half day from 14:00) and skips 25/26 Dec", () => {
    expect(isBusinessDay("2026-12-24", DE)).toBe(true);
    expect(holidayOn("2026-12-24", DE)).toBeNull();
    expect(addBusinessDays("2026-12-23", 1, DE)).toBe("2026-12-24");
    // 2025: 25 Thursday and 26 Friday are public holidays, then the weekend.
    expect(addBusinessDays("2025-12-24", 1, DE)).toBe("2025-12-29");
    expect(holidayOn("2025-12-26", DE)).toBe("Boxing Day");
  });

  it("skips Christmas, Boxing Day and its Monday substitute in GB", () => {
    expect(holidayOn("2026-12-25", GB)).toBe("Christmas Day");
    expect(holidayOn("2026-12-28", GB)).toBe("Boxing Day (substitute day)");
    expect(addBusinessDays("2026-12-24", 1, GB)).toBe("2026-12-29");
  });

  it("crosses New Year: DE 31 Dec + 1 is the first Monday of January 2027", () => {
    expect(addBusinessDays("2026-12-31", 1, DE)).toBe("2027-01-04");
    expect(holidayOn("2027-01-01", DE)).toBe("New Year's Day");
  });

  it("skips US Thanksgiving but not the day after (an observance)", () => {
    expect(holidayOn("2026-11-26", US)).toBe("Thanksgiving Day");
    expect(addBusinessDays("2026-11-25", 1, US)).toBe("2026-11-27");
    expect(isBusinessDay("2026-11-27", US)).toBe(true);
  });

  it("counts JP 2-3 Jan ('bank' days) as business days, only public holidays are off", () => {
    expect(isBusinessDay("2026-01-01", JP)).toBe(false);
    expect(isBusinessDay("2026-01-02", JP)).toBe(true);
  });

  it("refuses negative and fractional counts and impossible dates", () => {
    expect(() => addBusinessDays("2026-11-20", -1, DE)).toThrow(/forward/);
    expect(() => addBusinessDays("2026-11-20", 1.5, DE)).toThrow(RangeError);
    expect(() => addBusinessDays("2026-02-30", 1, DE)).toThrow(/"2026-02-30" is not a calendar date/);
    expect(() => isBusinessDay("20.11.2026", DE)).toThrow(RangeError);
  });
});

describe("weekends per country", () => {
  it("AE works Fridays since 2022 and rested Friday + Saturday before", () => {
    expect(isBusinessDay("2026-11-20", AE)).toBe(true); // Friday
    expect(isBusinessDay("2026-11-22", AE)).toBe(false); // Sunday
    expect(isBusinessDay("2021-11-26", AE)).toBe(false); // Friday, old weekend
    expect(isBusinessDay("2021-11-28", AE)).toBe(true); // Sunday, old weekend
    expect(addBusinessDays("2026-11-19", 1, AE)).toBe("2026-11-20");
  });

  it("SA rests Friday + Saturday: Thursday + 1 is Sunday", () => {
    expect(isBusinessDay("2026-11-20", SA)).toBe(false);
    expect(isBusinessDay("2026-11-22", SA)).toBe(true);
    expect(addBusinessDays("2026-11-19", 1, SA)).toBe("2026-11-22");
  });

  it("skips all three days of a multi-day holiday (AE Eid al-Adha 2026, as date-holidays computes it)", () => {
    expect(["2026-05-27", "2026-05-28", "2026-05-29"].map((d) => holidayOn(d, AE))).toEqual([
      "Feast of the Sacrifice (Eid al-Adha)",
      "Feast of the Sacrifice (Eid al-Adha)",
      "Feast of the Sacrifice (Eid al-Adha)",
    ]);
    expect(holidayOn("2026-05-26", AE)).toBeNull(); // the holiday begins at the previous sunset, not the day before
    expect(addBusinessDays("2026-05-26", 1, AE)).toBe("2026-06-01");
  });
});

describe("unknown countries", () => {
  const unknownEmea: BusinessCalendar = { country: "XX", timeZone: "Europe/London", region: "emea" };

  it("fall back to their region's stand-in country for holidays", () => {
    expect(holidayCountry(unknownEmea)).toBe("GB");
    expect(holidayOn("2026-12-28", unknownEmea)).toBe("Boxing Day (substitute day)");
    expect(addBusinessDays("2026-12-24", 1, unknownEmea)).toBe("2026-12-29");
    expect(addBusinessDays("2026-11-25", 1, { country: "XX", timeZone: "America/Chicago", region: "americas" })).toBe("2026-11-27");
  });

  it("count weekends only when there is no region", () => {
    const nowhere: BusinessCalendar = { country: "XX", timeZone: "UTC" };
    expect(holidayCountry(nowhere)).toBeNull();
    expect(isBusinessDay("2026-12-25", nowhere)).toBe(true);
    expect(isBusinessDay("2026-12-26", nowhere)).toBe(false);
  });

  it("keep their own weekend when date-holidays lacks them (QA: Friday + Saturday, GB holidays)", () => {
    const qatar: BusinessCalendar = { country: "qa", timeZone: "Asia/Qatar", region: "emea" };
    expect(holidayCountry(qatar)).toBe("GB");
    expect(isBusinessDay("2026-11-20", qatar)).toBe(false); // Friday
    expect(isBusinessDay("2026-11-22", qatar)).toBe(true); // Sunday
  });
});

describe("businessDaysBetween", () => {
  it("counts the business days after the first date up to and including the second, negative when reversed", () => {
    expect(businessDaysBetween("2026-11-20", "2026-11-25", DE)).toBe(3);
    expect(businessDaysBetween("2026-11-25", "2026-11-20", DE)).toBe(-3);
    expect(businessDaysBetween("2026-11-20", "2026-11-20", DE)).toBe(0);
    expect(businessDaysBetween("2026-11-22", "2026-11-21", DE)).toBe(0); // a weekend backwards is 0, not -0
    expect(businessDaysBetween("2026-12-24", "2026-12-29", GB)).toBe(1);
    expect(businessDaysBetween("2026-01-01", "2026-12-31", DE)).toBe(254);
  });

  it("inverts addBusinessDays, and addBusinessDays always lands on a business day", () => {
    // Every day from December 2025 to January 2027 (two year ends), n = 0..10, six calendars with different weekends.
    const failures: string[] = [];
    const start = Date.UTC(2025, 11, 1);
    for (const calendar of [DE, GB, US, AE, SA, JP]) {
      for (let i = 0; i < 430; i++) {
        const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
        const startsOnBusinessDay = isBusinessDay(date, calendar);
        for (let n = 0; n <= 10; n++) {
          const due = addBusinessDays(date, n, calendar);
          // n = 0 from a day off rolls forward to the next business day, which lies one business day later.
          const expected = n === 0 && !startsOnBusinessDay ? 1 : n;
          const forward = businessDaysBetween(date, due, calendar);
          if (!isBusinessDay(due, calendar) || forward !== expected || due < date) {
            failures.push(`${calendar.country} ${date} + ${n} = ${due} (businessDaysBetween says ${forward})`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe("dueInstant", () => {
  it("an e-mail sent Friday 16:00 in Berlin with a 3-business-day wait is due Wednesday", () => {
    expect(dueInstant(new Date("2026-11-20T15:00:00Z"), 3, DE)).toEqual({ startDate: "2026-11-20", dueDate: "2026-11-25" });
  });

  it("takes the start date in the tenant's time zone, not UTC", () => {
    // Thursday 23:30 UTC is already Friday 00:30 in Berlin: counted from Friday, not Thursday.
    const lateThursday = new Date("2026-11-19T23:30:00Z");
    expect(dueInstant(lateThursday, 3, DE).dueDate).toBe("2026-11-25");
    expect(dueInstant(lateThursday, 3, { country: "DE", timeZone: "UTC" }).dueDate).toBe("2026-11-24");
  });

  it("runs a US wait across Thanksgiving in the tenant's zone", () => {
    expect(dueInstant(new Date("2026-11-25T22:00:00Z"), 2, { country: "US", timeZone: "America/Los_Angeles" })).toEqual({
      startDate: "2026-11-25",
      dueDate: "2026-11-30",
    });
  });
});

describe("calendar days and local instants", () => {
  it("steps calendar days across month and year ends, and counts them", () => {
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(calendarDaysBetween("2026-11-23", "2027-05-22")).toBe(180);
    expect(calendarDaysBetween("2026-11-23", "2026-11-20")).toBe(-3);
  });

  it("finds the instant a wall clock shows an hour, on either side of a daylight-saving change", () => {
    expect(localInstant("2026-03-28", 9, "Europe/Berlin").toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(localInstant("2026-03-30", 9, "Europe/Berlin").toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(localInstant("2026-11-23", 0, "Asia/Kolkata").toISOString()).toBe("2026-11-22T18:30:00.000Z");
  });
});
