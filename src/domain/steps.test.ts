import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { steps, type Step } from "./model.js";
import { furthestStep, normaliseSteps, stepRank, stepWarnings } from "./steps.js";

describe("normaliseSteps", () => {
  it.each<[string[], Step[]]>([
    [[], []],
    [
      ["needs", "rapport", "needs"],
      ["rapport", "needs"],
    ],
    [["decision", "solution", "listening", "rapport", "needs"], [...steps]],
    [["solution", "pitching"], ["solution"]],
  ])("orders and deduplicates %j as %j", (input, expected) => {
    expect(normaliseSteps(input)).toEqual(expected);
  });
});

describe("furthestStep and stepRank", () => {
  it.each<[Step[], Step | null]>([
    [[], null],
    [["listening", "rapport"], "listening"],
    [["decision", "rapport"], "decision"],
  ])("the furthest of %j is %s", (input, expected) => {
    expect(furthestStep(input)).toBe(expected);
  });

  it("ranks steps in conversation order and unknown ones at -1", () => {
    expect(steps.map(stepRank)).toEqual([0, 1, 2, 3, 4]);
    expect(stepRank("closing")).toBe(-1);
  });
});

describe("stepWarnings", () => {
  it.each<[string, Step[], boolean, string[]]>([
    ["nothing recorded", [], false, []],
    ["rapport and listening only", ["rapport", "listening"], false, []],
    ["a solution with no needs anywhere", ["rapport", "solution"], false, ["presented_before_needs"]],
    ["a solution after needs on the same touch", ["needs", "solution"], false, []],
    ["a solution when the deal already has needs", ["solution"], true, []],
    [
      "a decision with neither needs nor solution",
      ["decision"],
      false,
      ["presented_before_needs", "decision_before_solution"],
    ],
    [
      "a decision without a solution though needs are known",
      ["decision"],
      true,
      ["decision_before_solution"],
    ],
    ["every step in order", ["rapport", "listening", "needs", "solution", "decision"], false, []],
    ["every step shuffled and repeated", ["decision", "solution", "solution", "needs"], false, []],
  ])("for %s warns %j", (_name, touchSteps, needsKnown, codes) => {
    expect(stepWarnings(touchSteps, needsKnown).map((w) => w.code)).toEqual(codes);
  });

  it("does not warn about a decision when a solution was shared on an earlier touch", () => {
    expect(stepWarnings(["decision"], true, { solutionShared: true })).toEqual([]);
  });

  it("names the steps field and explains why listening comes first", () => {
    const [warning] = stepWarnings(["solution"], false);
    expect(warning?.field).toBe("steps");
    expect(warning?.message).toMatch(/needs/);
  });

  it("never throws, and warns of presenting early iff a solution or decision has no needs behind it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...steps), { maxLength: 12 }),
        fc.boolean(),
        (touchSteps, known) => {
          const codes = stepWarnings(touchSteps, known).map((w) => w.code);
          const presented = touchSteps.includes("solution") || touchSteps.includes("decision");
          const early = presented && !known && !touchSteps.includes("needs");
          expect(codes.includes("presented_before_needs")).toBe(early);
          const noSolution = touchSteps.includes("decision") && !touchSteps.includes("solution");
          expect(codes.includes("decision_before_solution")).toBe(noSolution);
          expect(new Set(codes).size).toBe(codes.length);
        },
      ),
    );
  });
});
