import { describe, expect, it } from "vitest";
import { applySuggestion, segmentsOf, type Finding } from "./coachText";

const text = "Just checking in! Act now, this offer ends Friday";

function finding(rule: Finding["rule"], start: number, end: number, suggestion: string): Finding {
  return { rule, severity: "warning", start, end, excerpt: text.slice(start, end), message: "m", suggestion };
}

const pressure = finding(
  "pressure",
  18,
  25,
  'Take the clock away, e.g. "Take the time you need." Or else "this".',
);
const wholeDraft = finding("no-next-step", 0, text.length, 'Agree when, e.g. "Could we speak on Thursday?"');

describe("applySuggestion", () => {
  it("replaces the finding's span with the suggestion's example", () => {
    expect(applySuggestion(text, pressure)).toBe(
      "Just checking in! Take the time you need., this offer ends Friday",
    );
  });

  it("adds a whole-draft rule's example as a new line instead of replacing everything", () => {
    expect(applySuggestion(text, wholeDraft)).toBe(`${text}\n\nCould we speak on Thursday?`);
  });

  it("offers nothing for advice without a concrete wording, or for a draft that has changed", () => {
    expect(applySuggestion(text, finding("over-excited", 16, 17, "Keep one at most."))).toBeNull();
    expect(applySuggestion(`X${text}`, pressure)).toBeNull();
  });
});

describe("segmentsOf", () => {
  it("cuts overlapping findings into stretches that each know what covers them, and skips whole-draft spans", () => {
    const overlapping = finding("chaser", 18, 31, "s");
    const segments = segmentsOf(text, [pressure, overlapping, wholeDraft]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => [s.text, s.findings.length])).toEqual([
      ["Just checking in! ", 0],
      ["Act now", 2],
      [", this", 1],
      [" offer ends Friday", 0],
    ]);
  });
});
