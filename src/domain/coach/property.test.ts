import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stages } from "../model.js";
import { draftKinds, lintDraft, ruleIds } from "./index.js";
import { lowerCased } from "./pattern.js";
import { maskQuoted } from "./quotes.js";

// Words that reach every rule, plus the punctuation the masking and sentence logic care about.
const vocabulary = [
  "just checking in",
  "act now",
  "only 3 left",
  "no pressure",
  "don't",
  "won't",
  "not",
  "synergy",
  "when you sign",
  "Do we have a deal?",
  "cancel your account",
  "upgrade to Pro",
  "AMAZING",
  "ROI",
  "what",
  "how",
  "Thursday",
  "at 10",
  "the 14th",
  "next week",
  "?",
  "!",
  "!!",
  ".",
  ",",
  "\n",
  "\n> ",
  '"',
  "“",
  "”",
  "'",
  "’",
  "‘",
  "İ",
  "ß",
  "🎉",
  "Ask:",
  "-",
  " ",
];
const draft = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }).map((words) => words.join(" ")),
);
const options = fc.record({
  kind: fc.constantFrom(...draftKinds),
  context: fc.record(
    {
      stage: fc.constantFrom(...stages),
      openConcerns: fc.array(fc.string({ maxLength: 80 }), { maxLength: 3 }),
      facts: fc.array(fc.string({ maxLength: 80 }), { maxLength: 3 }),
      contactName: fc.string({ maxLength: 40 }),
    },
    { requiredKeys: [] },
  ),
  config: fc.record(
    {
      disabledRules: fc.array(fc.constantFrom(...ruleIds, "unknown"), { maxLength: 4 }),
      extraPhrases: fc.dictionary(
        fc.constantFrom(...ruleIds),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
      ),
    },
    { requiredKeys: [] },
  ),
});

describe("lintDraft properties", () => {
  it("never throws, keeps offsets in bounds, sorts by start and quotes the exact slice", () => {
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        const findings = lintDraft(text, opts);
        let previous = 0;
        for (const f of findings) {
          expect(ruleIds).toContain(f.rule);
          expect(f.start).toBeGreaterThanOrEqual(previous);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.excerpt).toBe(text.slice(f.start, f.end));
          expect(opts.config.disabledRules ?? []).not.toContain(f.rule);
          previous = f.start;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same answer twice (no hidden state)", () => {
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        expect(lintDraft(text, opts)).toEqual(lintDraft(text, opts));
      }),
    );
  });

  it("disabling a rule removes exactly its findings", () => {
    fc.assert(
      fc.property(draft, fc.constantFrom(...draftKinds), fc.constantFrom(...ruleIds), (text, kind, rule) => {
        const all = lintDraft(text, { kind, context: { stage: "client" } });
        const without = lintDraft(text, {
          kind,
          context: { stage: "client" },
          config: { disabledRules: [rule] },
        });
        expect(without).toEqual(all.filter((f) => f.rule !== rule));
      }),
    );
  });
});

describe("text helpers keep every offset", () => {
  it("masking quotes keeps length, newlines and every unmasked character", () => {
    fc.assert(
      fc.property(draft, fc.constantFrom(...draftKinds), (text, kind) => {
        const masked = maskQuoted(text, kind);
        expect(masked.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          if (masked[i] !== text[i]) expect([masked[i], text[i]]).toEqual([" ", text[i]]);
          if (text[i] === "\n") expect(masked[i]).toBe("\n");
        }
      }),
    );
  });

  it("lower-casing keeps length, even for letters whose lower case is longer", () => {
    fc.assert(
      fc.property(draft, (text) => {
        expect(lowerCased(text).length).toBe(text.length);
      }),
    );
    expect(lowerCased("İSTANBUL Deal")).toBe("İstanbul deal");
  });
});
