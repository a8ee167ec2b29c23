import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isValidDate } from "../dates.js";
import { factKinds, matterKinds } from "../model.js";
import { extractFromNotes, type Extraction } from "./extract.js";

const FRAGMENTS = [
  "Her daughter's recital is on Friday",
  "he's having knee surgery next month",
  "moving house in two weeks",
  "flying to Lisbon for a wedding on the 14th",
  "his dad is in hospital",
  "running the Boston marathon in April",
  "new baby due mid-March",
  "starting a new job on Monday",
  "broke his wrist last Saturday",
  "no travel plans",
  "might move to Berlin if",
  "they need 20 licences",
  "send the proposal Friday",
  "loves sailing",
  "prefers calls in the morning",
  "wants to open a second shop",
  "cash flow is tight",
  "has two kids",
  "Dr. Marsh",
  "e.g.",
  "over Christmas",
  "early June",
  "the 31st",
  "Saturday week",
  "in the summer",
  "last month",
  "at 3pm",
  "’",
  "(",
  "",
];
const SEPARATORS = [" ", ". ", ", ", "; ", "\n- ", " and ", "! ", "\n• ", ":", "..."];

const notes = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc
    .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
    .map((parts) => parts.map(([f, s]) => f + s).join("")),
);
// Touch dates from 1990 to 2099.
const touchDates = fc.integer({ min: 0, max: 40_000 }).map((days) => addDays("1990-01-01", days));

function checkShape(text: string, on: string, result: Extraction): void {
  for (const m of result.matters) {
    expect(0 <= m.start && m.start <= m.end && m.end <= text.length).toBe(true);
    expect(matterKinds).toContain(m.kind);
    expect(m.summary.length).toBeGreaterThan(0);
    if (m.eventOn !== null) expect(isValidDate(m.eventOn)).toBe(true);
    if (m.followUpOn !== null) expect(isValidDate(m.followUpOn)).toBe(true);
    if (m.eventOn !== null && m.followUpOn !== null) expect(m.followUpOn >= m.eventOn).toBe(true);
    if (m.followUpOn !== null) expect(m.followUpOn > on).toBe(true);
  }
  for (const f of result.facts) {
    expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true);
    expect(factKinds).toContain(f.kind);
  }
}

describe("extractFromNotes on any input", () => {
  it("never throws, keeps offsets inside the notes and gives valid, ordered dates", () => {
    fc.assert(
      fc.property(notes, touchDates, (text, on) => {
        checkShape(text, on, extractFromNotes(text, on));
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same answer for the same notes and date", () => {
    fc.assert(
      fc.property(notes, touchDates, (text, on) => {
        expect(extractFromNotes(text, on)).toEqual(extractFromNotes(text, on));
      }),
      { numRuns: 100 },
    );
  });
});
