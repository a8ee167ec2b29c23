import { describe, expect, it } from "vitest";
import { newBookContact } from "./agenda/book.js";
import { calendarEvents, firstOccurrence, yearlyRule } from "./calendar.js";

const ana = newBookContact({ id: "c1", name: "Ana Ruiz", stage: "client", createdOn: "2025-01-06" });

describe("calendar events", () => {
  it("turns each promise of the book into a day titled with the contact's name", () => {
    const book = [
      {
        ...ana,
        openGetBackOn: "2026-03-20",
        matters: [{ id: "m1", summary: "Knee surgery", kind: "health" as const, followUpOn: "2026-03-15" }],
        contracts: [{ id: "k1", title: "Support plan", endsOn: "2026-06-30" }],
      },
    ];
    const decisions = [{ id: "d1", contactId: "c1", title: "Fleet", decisionOn: "2026-04-02" }];
    expect(calendarEvents(book, decisions, 45).map((e) => [e.uid, e.summary, e.date])).toEqual([
      ["matter-m1@rapport", "Ask Ana Ruiz: Knee surgery", "2026-03-15"],
      ["get_back-c1@rapport", "Get back to Ana Ruiz", "2026-03-20"],
      ["decision-d1@rapport", "Ana Ruiz decides: Fleet", "2026-04-02"],
      ["renewal-k1@rapport", "Renewal talk with Ana Ruiz: Support plan", "2026-05-16"],
    ]);
  });

  it("leaves out undated matters and decisions on contacts outside the book", () => {
    const book = [
      { ...ana, matters: [{ id: "m1", summary: "Move", kind: "home" as const, followUpOn: null }] },
    ];
    const decisions = [{ id: "d1", contactId: "someone-else", title: "Fleet", decisionOn: "2026-04-02" }];
    expect(calendarEvents(book, decisions, 45)).toEqual([]);
  });

  it("makes birthdays and anniversaries yearly, from the full date or from 2000 when year-less", () => {
    const events = calendarEvents([{ ...ana, birthday: "--04-12", anniversary: "2015-06-01" }], [], 45);
    expect(events.map((e) => [e.uid, e.summary, e.date, e.yearly])).toEqual([
      ["birthday-c1@rapport", "Ana Ruiz's birthday", "2000-04-12", { month: 4, day: 12 }],
      ["anniversary-c1@rapport", "Ana Ruiz's anniversary", "2015-06-01", { month: 6, day: 1 }],
    ]);
  });

  it("puts 29 February on the last day of February, so it shows in common years too", () => {
    expect(firstOccurrence("--02-29")).toBe("2000-02-29");
    expect(yearlyRule("--02-29")).toEqual({ month: 2, day: -1 });
    expect(yearlyRule("1988-02-29")).toEqual({ month: 2, day: -1 });
    expect(yearlyRule("--02-28")).toEqual({ month: 2, day: 28 });
  });
});
