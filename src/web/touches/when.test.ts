import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "./when";

describe("a touch's time typed in the user's time zone", () => {
  it.each([
    ["2026-12-05T09:30", "Europe/Paris", "2026-12-05T08:30:00.000Z"],
    ["2026-07-05T09:30", "Europe/Paris", "2026-07-05T07:30:00.000Z"],
    ["2026-12-05T09:30", "America/New_York", "2026-12-05T14:30:00.000Z"],
    ["2026-12-05T23:45", "Asia/Kolkata", "2026-12-05T18:15:00.000Z"],
    ["2026-12-05T09:30", "UTC", "2026-12-05T09:30:00.000Z"],
  ])("reads %s in %s as the instant %s", (value, zone, instant) => {
    expect(fromLocalInput(value, zone)).toBe(instant);
  });

  it.each([
    ["2026-12-05T08:30:00.000Z", "Europe/Paris", "2026-12-05T09:30"],
    ["2026-12-05T23:30:00.000Z", "Asia/Tokyo", "2026-12-06T08:30"],
    ["2026-12-05T03:00:00.000Z", "America/Los_Angeles", "2026-12-04T19:00"],
  ])("shows the instant %s in %s as %s", (instant, zone, value) => {
    expect(toLocalInput(new Date(instant), zone)).toBe(value);
  });

  it("reads back what it shows", () => {
    const now = new Date("2026-03-29T10:17:00.000Z");
    expect(fromLocalInput(toLocalInput(now, "Europe/Berlin"), "Europe/Berlin")).toBe(now.toISOString());
  });

  it("gives nothing for an incomplete value", () => {
    expect(fromLocalInput("2026-12-05", "UTC")).toBeUndefined();
  });
});
