import { afterEach, describe, expect, it } from "vitest";
import { easterSunday } from "./calendar.js";
import { followUpFor } from "./dates.js";
import { extractFromNotes } from "./extract.js";

// Wednesday 5 March 2025.
const ON = "2025-03-05";

const eventOn = (text: string, on = ON) => extractFromNotes(text, on).matters[0]?.eventOn;

describe("dates said about the future resolve against the touch date", () => {
  it.each([
    ["tomorrow", "2025-03-06"],
    ["today", "2025-03-05"],
    ["on Friday", "2025-03-07"],
    ["this Friday", "2025-03-07"],
    ["next Friday", "2025-03-14"],
    ["next Monday", "2025-03-10"],
    ["on the 14th", "2025-03-14"],
    ["on the 2nd", "2025-04-02"],
    ["on Friday the 14th", "2025-03-14"],
    ["on 20 March", "2025-03-20"],
    ["on March 20th", "2025-03-20"],
    ["on the 4th of April", "2025-04-04"],
    ["on 3/14", "2025-03-14"],
    ["in two weeks", "2025-03-19"],
    ["in 10 days", "2025-03-15"],
    ["in a fortnight", "2025-03-19"],
    ["in a couple of weeks", "2025-03-19"],
    ["next week", "2025-03-12"],
    ["the week after next", "2025-03-19"],
    ["this week", "2025-03-07"],
    ["this weekend", "2025-03-08"],
    ["at the weekend", "2025-03-08"],
    ["next weekend", "2025-03-15"],
    ["on Saturday week", "2025-03-15"],
    ["in a month", "2025-04-05"],
    ["next month", "2025-04-15"],
    ["in April", "2025-04-15"],
    ["in March", "2025-03-15"],
    ["later this month", "2025-03-15"],
    ["in January", "2026-01-15"],
    ["early April", "2025-04-05"],
    ["mid-March", "2025-03-15"],
    ["mid March", "2025-03-15"],
    ["late April", "2025-04-25"],
    ["early next month", "2025-04-05"],
    ["at the end of the month", "2025-03-31"],
    ["at the end of April", "2025-04-30"],
    ["by the end of the year", "2025-12-31"],
    ["over Christmas", "2025-12-25"],
    ["at Easter", "2025-04-20"],
    ["at Thanksgiving", "2025-11-27"],
    ["on Valentine's Day", "2026-02-14"],
    ["in the summer", "2025-07-15"],
    ["next spring", "2026-04-15"],
  ])("%s → %s", (phrase, expected) => {
    expect(eventOn(`She has knee surgery ${phrase}.`)).toBe(expected);
  });

  it.each([["next year"], ["at 3pm"], ["for two weeks"], ["three times a week"], [""]])(
    "%j gives no date",
    (phrase) => {
      expect(eventOn(`She has knee surgery ${phrase}.`)).toBeNull();
    },
  );

  it("reads a month later in the year than the touch as this year's", () => {
    expect(eventOn("Her wedding is in June.", "2025-03-05")).toBe("2025-06-15");
  });

  it("takes the month's last day when its 15th has already gone by", () => {
    expect(eventOn("Her wedding is later this month.", "2025-03-20")).toBe("2025-03-31");
  });
});

describe("dates said about the past read backwards", () => {
  it.each([
    ["yesterday", "2025-03-04"],
    ["last Friday", "2025-02-28"],
    ["on Saturday", "2025-03-01"],
    ["last week", "2025-02-26"],
    ["two weeks ago", "2025-02-19"],
    ["last month", "2025-02-15"],
    ["in January", "2025-01-15"],
    ["over Christmas", "2024-12-25"],
    ["on the 2nd", "2025-03-02"],
  ])("broke her wrist %s → %s", (phrase, expected) => {
    expect(eventOn(`She broke her wrist ${phrase}.`)).toBe(expected);
  });

  it("reads a date something was moved to forwards", () => {
    expect(eventOn("His knee surgery got moved to the 28th.")).toBe("2025-03-28");
  });
});

describe("followUpFor", () => {
  it.each([
    ["a one-day event", "2025-03-07", "day", "2025-03-08"],
    ["a long event", "2025-03-07", "long", "2025-03-14"],
    ["an event today", ON, "day", "2025-03-06"],
    ["an event already past", "2025-02-20", "long", "2025-03-07"],
    ["a long event begun yesterday, asked about once it is over", "2025-03-04", "long", "2025-03-11"],
    ["an undated matter", null, "day", null],
  ] as const)("%s", (_name, event, duration, expected) => {
    expect(followUpFor(event, duration, ON)).toBe(expected);
  });
});

describe("easterSunday", () => {
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2038, "2038-04-25"],
  ])("%i → %s", (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe("the machine's time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Los_Angeles", "Asia/Tokyo"])(
    "does not shift dates in %s",
    (zone) => {
      process.env.TZ = zone;
      expect(eventOn("She has knee surgery tomorrow.")).toBe("2025-03-06");
      expect(eventOn("She has knee surgery next Friday.")).toBe("2025-03-14");
      expect(eventOn("She has knee surgery in two weeks.")).toBe("2025-03-19");
    },
  );
});
