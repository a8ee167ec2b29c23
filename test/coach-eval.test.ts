// The draft coach measured on labelled drafts (fixtures/coach/score.ts says how): the rules are tuned on
// the development part only; the held-out part is measured and printed, never tuned on, and its floor
// sits below today's figures so that noise in it cannot fail the suite. Its real figures are what count.
import { describe, expect, it } from "vitest";
import { ruleIds } from "../src/domain/coach/index.js";
import { stages } from "../src/domain/model.js";
import {
  coachTable,
  coachTargets,
  draftsOf,
  parts,
  scoreCoach,
  type CoachScore,
  type Part,
} from "./fixtures/coach/score.js";

const drafts = { dev: draftsOf("dev"), "held-out": draftsOf("held-out") };
const scores = { dev: scoreCoach(drafts.dev), "held-out": scoreCoach(drafts["held-out"]) };

/** What each part must reach: the targets on the development part, a floor below today's on the held-out. */
const floors: Record<Part, typeof coachTargets> = {
  dev: coachTargets,
  "held-out": { recall: 0.85, decoysFired: 0.05, friendlyClean: 0.9 },
};

const summary = (s: CoachScore) => ({
  recall: s.recall.toFixed(3),
  precision: s.precision.toFixed(3),
  "decoys fired": s.decoysFired.toFixed(3),
  "friendly clean": s.friendlyClean.toFixed(3),
});

describe("draft coach evaluation set", () => {
  it("has well-formed, varied labels, a third of them held out", () => {
    const all = [...drafts.dev, ...drafts["held-out"]];
    expect(all.length).toBeGreaterThanOrEqual(600);
    expect(drafts["held-out"].length * 3).toBeGreaterThanOrEqual(all.length);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    const clean = all.filter((d) => d.expect.length === 0).length;
    expect(clean * 2).toBeGreaterThanOrEqual(all.length);
    for (const part of parts) expect(drafts[part].filter((d) => d.decoy).length).toBeGreaterThanOrEqual(30);
    for (const d of all) {
      for (const r of [...d.expect, ...(d.allow ?? [])]) expect(ruleIds).toContain(r);
      for (const r of d.forbid) if (r !== "*") expect(ruleIds).toContain(r);
      if (d.stage) expect(stages).toContain(d.stage);
      expect(d.expect.filter((r) => d.forbid.includes(r) || d.allow?.includes(r))).toEqual([]);
    }
  });

  it("reports precision and recall per rule on both parts", () => {
    console.table(coachTable(scores));
    console.log("development:", summary(scores.dev), "\nheld-out:", summary(scores["held-out"]));
    // Only the development part's mistakes are shown: they are the ones to learn from.
    if (scores.dev.mistakes.length > 0) console.log(scores.dev.mistakes.join("\n"));
    expect(scores.dev.precision).toBeGreaterThanOrEqual(0.9);
  });

  it.each(parts)("meets its floor on the %s part", (part) => {
    const s = scores[part];
    expect(s.recall).toBeGreaterThanOrEqual(floors[part].recall);
    expect(s.decoysFired).toBeLessThanOrEqual(floors[part].decoysFired);
    expect(s.friendlyClean).toBeGreaterThanOrEqual(floors[part].friendlyClean);
  });
});
