import { describe, expect, it } from "vitest";
import type { MatterKind } from "../model.js";
import { extractFromNotes } from "./extract.js";
import { findTriggers, kindPriority, primaryTrigger } from "./kinds.js";

const ON = "2025-03-05";

describe("a matter's kind comes from the words that name it", () => {
  it.each<[MatterKind, string]>([
    ["health", "Her dad is in hospital after a fall."],
    ["health", "He's having knee surgery next month."],
    ["health", "She's seeing a specialist about her back on Tuesday."],
    ["health", "Her husband has been unwell all week."],
    ["home", "They're moving house in two weeks."],
    ["home", "The kitchen renovation starts next week."],
    ["home", "He gets the keys to the new flat on Friday."],
    ["travel", "She's flying to Lisbon on the 14th."],
    ["travel", "Off on holiday to Crete next week."],
    ["travel", "He's visiting his parents in Leeds at the weekend."],
    ["celebration", "Her son graduates next Thursday."],
    ["celebration", "Their wedding anniversary is on 3 May."],
    ["celebration", "His dad turns 70 on Saturday."],
    ["work", "She starts her new job on Monday."],
    ["work", "He has a big presentation to his board on Thursday."],
    ["work", "She just got promoted to head of sales."],
    ["hobby", "He's running the Boston marathon in April."],
    ["hobby", "Her band has a gig on the 12th."],
    ["event", "Her daughter's piano recital is on Friday."],
    ["event", "His son has a swim meet this Saturday."],
    ["event", "She's sitting her driving test tomorrow."],
    ["family", "Their new baby is due mid-March."],
    ["family", "The twins start nursery on Monday."],
    ["family", "His mother passed away last week."],
    ["other", "He has jury duty next week."],
    ["other", "They're getting a puppy next month."],
  ])("%s: %s", (kind, text) => {
    const matters = extractFromNotes(text, ON).matters;
    expect(matters).toHaveLength(1);
    expect(matters[0]?.kind).toBe(kind);
  });

  it("prefers the kind listed first when a clause names two (a trip for a wedding is travel)", () => {
    const text = "Flying to Lisbon for a wedding";
    const primary = primaryTrigger(findTriggers(text, 0, text.length));
    expect(primary?.kind).toBe("travel");
    expect(kindPriority.indexOf("travel")).toBeLessThan(kindPriority.indexOf("celebration"));
  });

  it("lets a proper cue win over a fallback that overlaps it", () => {
    const text = "They're doing up the loft in May.";
    const kinds = findTriggers(text, 0, text.length).map((t) => t.kind);
    expect(kinds).toContain("home");
  });

  it.each([
    "They're moving their warehouse to Tamworth in May.",
    "Discussed moving the training to Thursday.",
    "The meeting moved to Friday.",
    "Their CFO is on holiday until the 3rd.",
    "We need to send the presentation on Friday.",
    "Expecting the PO next week.",
    "Hire graduates from the local college in June.",
  ])("finds no personal matter in business talk: %s", (text) => {
    expect(extractFromNotes(text, ON).matters).toEqual([]);
  });
});
