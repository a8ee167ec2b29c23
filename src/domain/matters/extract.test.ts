import { describe, expect, it } from "vitest";
import type { FactKind } from "../model.js";
import { extractFromNotes } from "./extract.js";
import { sentenceUnits } from "./segment.js";

// Wednesday 5 March 2025.
const ON = "2025-03-05";

describe("extractFromNotes", () => {
  it("proposes a dated personal matter with a short summary and the offsets of its clause", () => {
    const text = "Call with Priya. Her daughter's piano recital is on Friday, she's nervous for her.";
    const [matter] = extractFromNotes(text, ON).matters;
    expect(matter).toMatchObject({
      summary: "Daughter's piano recital",
      kind: "event",
      eventOn: "2025-03-07",
      followUpOn: "2025-03-08",
    });
    expect(text.slice(matter!.start, matter!.end)).toBe(
      "Her daughter's piano recital is on Friday, she's nervous for her",
    );
  });

  it("gives an undated matter no dates, to be raised at the next touch", () => {
    expect(extractFromNotes("Her dad is in hospital again.", ON).matters[0]).toMatchObject({
      kind: "health",
      eventOn: null,
      followUpOn: null,
    });
  });

  it("finds several matters in one note, across sentences and within one", () => {
    const text =
      "Paul's daughter starts university in September, and they're doing up the loft over the summer. " +
      "Also his wife has surgery on the 20th.";
    const matters = extractFromNotes(text, ON).matters;
    expect(matters.map((m) => [m.kind, m.eventOn])).toEqual([
      ["family", "2025-09-15"],
      ["home", "2025-07-15"],
      ["health", "2025-03-20"],
    ]);
  });

  it("summarises a second matter joined by 'and' from its own clause, not the first's", () => {
    const text =
      "Asked about the upgrade. Her son starts university next month and she is running the Berlin marathon on 14 December.";
    const { matters } = extractFromNotes(text, "2026-11-23");
    expect(matters.map((m) => m.summary)).toEqual(["Son starts university", "Running the Berlin marathon"]);
    expect(matters[1]).toMatchObject({ eventOn: "2026-12-14", followUpOn: "2026-12-15" });
  });

  it("reads each line of a bulleted list on its own", () => {
    const text = "- twins start nursery on Monday\n- wants reports by email\n• big presentation on the 14th";
    expect(extractFromNotes(text, ON).matters.map((m) => m.kind)).toEqual(["family", "work"]);
  });

  it.each([
    ["no travel plans", "No travel plans this summer, he says."],
    ["a matter not mentioned", "She didn't mention the move at all."],
    ["a cancelled trip", "They've cancelled the trip to Crete."],
    ["something that went well", "Her mum's hip operation went well."],
    ["a maybe", "He might move to Berlin if his partner gets the job."],
    ["a wish", "She's hoping to run a marathon one day."],
    ["a liking", "She's into triathlons."],
    ["a past occasion", "The wedding last Saturday was lovely."],
    ["a habit", "He drives up to Leeds every weekend to see his dad's band play a gig."],
    ["business only", "They need 20 licences and the contract renews in June; send the proposal Friday."],
  ])("leaves out %s", (_name, text) => {
    expect(extractFromNotes(text, ON).matters).toEqual([]);
  });

  it("keeps what is over but still worth asking after, due soon after the touch", () => {
    expect(extractFromNotes("He was ill last week.", ON).matters[0]).toMatchObject({
      kind: "health",
      eventOn: "2025-02-26",
      followUpOn: "2025-03-07",
    });
  });

  it("does not cut sentences at abbreviations", () => {
    const text = "Met Dr. Marsh and Mr. Patel, e.g. about the rota. Next sentence.";
    expect(sentenceUnits(text).map((u) => text.slice(u.start, u.end))).toEqual([
      "Met Dr. Marsh and Mr. Patel, e.g. about the rota",
      "Next sentence",
    ]);
  });

  it("keeps offsets right when the notes use typographic apostrophes", () => {
    const text = "Note: her son’s wedding is on the 21st.";
    const [matter] = extractFromNotes(text, ON).matters;
    expect(text.slice(matter!.start, matter!.end)).toBe("Note: her son’s wedding is on the 21st");
    expect(matter!.eventOn).toBe("2025-03-21");
  });

  it("rejects a touch date that is not a calendar date", () => {
    expect(() => extractFromNotes("Anything.", "2025-02-30")).toThrow(RangeError);
  });
});

describe("profile facts", () => {
  it.each<[FactKind, string, string]>([
    ["interest", "Loves sailing.", "sailing"],
    ["interest", "Big fan of the Lakers.", "Lakers"],
    ["interest", "He's into woodworking.", "woodworking"],
    ["interest", "Keen cyclist.", "cyclist"],
    ["preference", "Prefers calls in the morning.", "morning"],
    ["preference", "Doesn't drink coffee, tea only.", "tea"],
    ["preference", "Hates long emails.", "emails"],
    ["preference", "Don't call him on Saturdays.", "Saturdays"],
    ["goal", "Wants to open a second shop.", "second shop"],
    ["goal", "Aims to run a marathon.", "marathon"],
    ["goal", "Hoping to retire by 55.", "retire"],
    ["challenge", "Struggling to hire developers.", "hire"],
    ["challenge", "Cash flow is tight.", "Cash flow"],
    ["family", "Has two kids.", "kids"],
    ["family", "Married to Sam.", "Sam"],
  ])("%s: %s", (kind, text, keyword) => {
    const facts = extractFromNotes(text, ON).facts;
    expect(facts).toHaveLength(1);
    expect(facts[0]?.kind).toBe(kind);
    expect(facts[0]?.text).toContain(keyword);
    expect(text.slice(facts[0]!.start, facts[0]!.end)).toContain(keyword);
  });

  it("finds no fact in a request of the moment", () => {
    expect(extractFromNotes("They want to know if our licences transfer.", ON).facts).toEqual([]);
  });
});
