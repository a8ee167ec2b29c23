import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../dates.js";
import { dayNumber, fromDayNumber, humanDate, relativeDays } from "./days.js";

const isoDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("day numbers", () => {
  it("agree with dates.ts on every date, both ways", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(dayNumber(date)).toBe(daysBetween("1970-01-01", date));
        expect(fromDayNumber(dayNumber(date) + n)).toBe(addDays(date, n));
      }),
    );
  });

  it.each([
    ["2024-02-29", "2025-03-14", "29 Feb 2024"],
    ["2025-03-03", "2025-03-14", "3 Mar"],
    ["2025-12-31", "2025-01-01", "31 Dec"],
  ])("writes %s, seen from %s, as %s", (date, today, expected) => {
    expect(humanDate(dayNumber(date), dayNumber(today))).toBe(expected);
  });

  it.each([
    ["2025-03-14", "today"],
    ["2025-03-13", "yesterday"],
    ["2025-03-15", "tomorrow"],
    ["2025-03-04", "10 days ago"],
    ["2025-03-19", "in 5 days"],
  ])("says %s is %s relative to 14 March", (date, expected) => {
    expect(relativeDays(dayNumber(date), dayNumber("2025-03-14"))).toBe(expected);
  });
});
