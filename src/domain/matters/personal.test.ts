// Life or business first, then dates: ranges end before we ask, a precise day beats a season.
import { describe, expect, it } from "vitest";
import { extractFromNotes } from "./extract.js";

// Wednesday 5 March 2025.
const ON = "2025-03-05";
const matters = (text: string, on = ON) => extractFromNotes(text, on).matters;

describe("a note that is only about business yields no personal matter", () => {
  it.each([
    "They are launching a baby food range in May; samples by April.",
    "The holiday schedule for the warehouse goes out on Friday.",
    "Their retirement planning product launches on the 20th.",
    "Wedding venue client: twelve weddings booked for the summer, calendar live by June.",
    "The whole team is off for the company summer party on the 14th.",
    "Operations director is off sick this week, so the workshop moves to the 20th.",
  ])("%j", (text) => expect(matters(text)).toEqual([]));

  it("keeps the life event beside the business in the same note", () =>
    expect(matters("Budget approved. Her baby is due in June.")).toMatchObject([
      { kind: "family", eventOn: "2025-06-15" },
    ]));
});

describe("a range or a length of time is followed up after it ends", () => {
  it.each([
    ["He's off to Japan for three weeks from 20 March.", "2025-03-20", "2025-04-11"],
    ["She's on holiday in Crete from 2 to 16 April.", "2025-04-02", "2025-04-17"],
    ["Builders start on the loft conversion from 7 April for 6 weeks.", "2025-04-07", "2025-05-20"],
    ["Sam's on paternity leave until mid-April.", "2025-04-15", "2025-04-16"],
    ["Nadia's back from maternity leave on 2 June.", "2025-06-02", "2025-06-03"],
  ])("%j", (text, eventOn, followUpOn) => expect(matters(text)[0]).toMatchObject({ eventOn, followUpOn }));

  it("does not take a meeting moved to a later day for the end of the matter", () =>
    expect(
      matters("Olu has jury duty next week, so the steering meeting moves to the 20th.")[0],
    ).toMatchObject({
      eventOn: "2025-03-12",
    }));
});

describe("dates", () => {
  it("takes a precise day said with a season, in that season's year", () =>
    expect(
      matters("Next autumn, probably early September, they fly to Canada.", "2025-09-20")[0],
    ).toMatchObject({
      eventOn: "2026-09-05",
    }));

  it("takes the day still to come over the one already past", () =>
    expect(matters("His mum passed away last week, the funeral is on Friday.")[0]).toMatchObject({
      eventOn: "2025-03-07",
      followUpOn: "2025-03-08",
    }));

  it("follows up a past event soon, not on its past date", () =>
    expect(matters("Ana fractured her ankle on Saturday.")[0]).toMatchObject({
      eventOn: "2025-03-01",
      followUpOn: "2025-03-07",
    }));
});

describe("matters said without a date word", () => {
  it.each([
    ["They're getting divorced and she's keeping the house.", "family"],
    ["Their kitchen flooded and they're living upstairs.", "home"],
    ["Their cat has gone missing.", "other"],
    ["She's travelling round Vietnam with her sister.", "travel"],
  ])("%j", (text, kind) => expect(matters(text)[0]).toMatchObject({ kind, eventOn: null }));
});
