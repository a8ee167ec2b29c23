// Scores personal-matter and fact extraction against hand-labelled touch notes (P2, P3).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isValidDate } from "../src/domain/dates.js";
import { extractFromNotes, type ProposedFact, type ProposedMatter } from "../src/domain/matters/index.js";
import { factKinds, matterKinds, type FactKind, type MatterKind } from "../src/domain/model.js";

interface ExpectedMatter {
  kind: MatterKind;
  /** A word that must appear in the proposed summary or in the text it was read from. */
  keyword: string;
  eventOn: string | null;
  followUpOn: string | null;
}

interface LabelledNote {
  id: string;
  on: string;
  text: string;
  matters: ExpectedMatter[];
  facts: { kind: FactKind; keyword: string }[];
}

const notes = JSON.parse(
  readFileSync(new URL("./fixtures/matters/notes.json", import.meta.url), "utf8"),
) as LabelledNote[];

const mentions = (text: string, found: { start: number; end: number }, said: string, keyword: string) =>
  `${said}\n${text.slice(found.start, found.end)}`.toLowerCase().includes(keyword.toLowerCase());

interface Score {
  expected: number;
  proposed: number;
  matched: number;
  datesRight: number;
  kindsRight: number;
  factsExpected: number;
  factsFound: number;
  factsProposed: number;
  misses: string[];
}

function score(labelled: LabelledNote[]): Score {
  const s: Score = {
    expected: 0,
    proposed: 0,
    matched: 0,
    datesRight: 0,
    kindsRight: 0,
    factsExpected: 0,
    factsFound: 0,
    factsProposed: 0,
    misses: [],
  };
  for (const note of labelled) {
    const { matters, facts } = extractFromNotes(note.text, note.on);
    s.expected += note.matters.length;
    s.proposed += matters.length;
    s.factsExpected += note.facts.length;
    s.factsProposed += facts.length;
    const used = new Set<ProposedMatter>();
    for (const want of note.matters) {
      const got = matters.find((m) => !used.has(m) && mentions(note.text, m, m.summary, want.keyword));
      if (!got) {
        s.misses.push(`${note.id}: missed ${want.kind} "${want.keyword}"`);
        continue;
      }
      used.add(got);
      s.matched += 1;
      if (got.kind === want.kind) s.kindsRight += 1;
      if (got.eventOn === want.eventOn && got.followUpOn === want.followUpOn) s.datesRight += 1;
      else
        s.misses.push(
          `${note.id}: "${want.keyword}" dated ${got.eventOn}/${got.followUpOn}, want ${want.eventOn}/${want.followUpOn}`,
        );
    }
    for (const extra of matters.filter((m) => !used.has(m)))
      s.misses.push(`${note.id}: extra "${extra.summary}"`);
    for (const want of note.facts) {
      const hit = (f: ProposedFact) => f.kind === want.kind && mentions(note.text, f, f.text, want.keyword);
      if (facts.some(hit)) s.factsFound += 1;
      else s.misses.push(`${note.id}: missed fact ${want.kind} "${want.keyword}"`);
    }
  }
  return s;
}

const ratio = (n: number, d: number) => Number((d === 0 ? 1 : n / d).toFixed(3));

describe("matter extraction evaluation", () => {
  it("has a sound labelled set: at least 70 notes, 10 of them business only, valid labels", () => {
    expect(notes.length).toBeGreaterThanOrEqual(70);
    expect(notes.filter((n) => n.matters.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
    for (const note of notes) {
      expect(isValidDate(note.on)).toBe(true);
      for (const m of note.matters) {
        expect(matterKinds).toContain(m.kind);
        for (const d of [m.eventOn, m.followUpOn]) if (d !== null) expect(isValidDate(d)).toBe(true);
      }
      for (const f of note.facts) expect(factKinds).toContain(f.kind);
    }
  });

  it("meets the recall, precision and date-accuracy targets", () => {
    const s = score(notes);
    const figures = {
      notes: notes.length,
      "matter recall": ratio(s.matched, s.expected),
      "matter precision": ratio(s.matched, s.proposed),
      "date accuracy": ratio(s.datesRight, s.matched),
      "kind accuracy": ratio(s.kindsRight, s.matched),
      "fact recall": ratio(s.factsFound, s.factsExpected),
      "facts proposed": s.factsProposed,
    };
    console.log("matter extraction:", figures);
    if (s.misses.length > 0) console.log(s.misses.join("\n"));
    expect(figures["matter recall"]).toBeGreaterThanOrEqual(0.9);
    expect(figures["matter precision"]).toBeGreaterThanOrEqual(0.8);
    expect(figures["date accuracy"]).toBeGreaterThanOrEqual(0.9);
  });
});
