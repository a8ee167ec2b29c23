// Precision and recall of the draft coach over the labelled drafts in fixtures/coach/drafts.json.
//
// Each draft lists the rules that MUST fire (`expect`) and that must NOT fire (`forbid`).
// Convention: `forbid: ["*"]` means every rule not named in `expect` or `allow`; `allow` names rules
// whose firing is arguable either way, so they are left out of the score.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintDraft, ruleIds, type DraftKind, type RuleId } from "../src/domain/coach/index.js";
import { stages, type Stage } from "../src/domain/model.js";

interface LabelledDraft {
  id: string;
  kind: DraftKind;
  stage?: Stage;
  text: string;
  expect: RuleId[];
  forbid: (RuleId | "*")[];
  allow?: RuleId[];
}

const drafts = JSON.parse(
  readFileSync(new URL("./fixtures/coach/drafts.json", import.meta.url), "utf8"),
) as LabelledDraft[];

function forbidden(draft: LabelledDraft): RuleId[] {
  if (!draft.forbid.includes("*")) return draft.forbid as RuleId[];
  const named = new Set<RuleId>([...draft.expect, ...(draft.allow ?? [])]);
  return ruleIds.filter((id) => !named.has(id));
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

function evaluate() {
  const perRule = new Map<RuleId, Tally>(ruleIds.map((id) => [id, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const mistakes: string[] = [];
  for (const draft of drafts) {
    const fired = new Set(
      lintDraft(draft.text, { kind: draft.kind, context: { stage: draft.stage } }).map((f) => f.rule),
    );
    for (const rule of draft.expect) {
      const t = perRule.get(rule)!;
      if (fired.has(rule)) t.tp++;
      else {
        t.fn++;
        mistakes.push(`missed ${rule} in ${draft.id}`);
      }
    }
    for (const rule of forbidden(draft)) {
      const t = perRule.get(rule)!;
      if (fired.has(rule)) {
        t.fp++;
        mistakes.push(`false ${rule} in ${draft.id}`);
      } else t.tn++;
    }
  }
  return { perRule, mistakes };
}

describe("draft coach evaluation set", () => {
  it("has well-formed, varied labels", () => {
    expect(drafts.length).toBeGreaterThanOrEqual(90);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
    const clean = drafts.filter((d) => d.expect.length === 0).length;
    expect(clean * 2).toBeGreaterThanOrEqual(drafts.length);
    for (const d of drafts) {
      for (const r of [...d.expect, ...(d.allow ?? [])]) expect(ruleIds).toContain(r);
      for (const r of d.forbid) if (r !== "*") expect(ruleIds).toContain(r);
      if (d.stage) expect(stages).toContain(d.stage);
      expect(d.expect.filter((r) => d.forbid.includes(r))).toEqual([]);
    }
  });

  it("reaches precision and recall of at least 0.9 over all (draft, rule) labels", () => {
    const { perRule, mistakes } = evaluate();
    const total: Tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const table = ruleIds.map((rule) => {
      const t = perRule.get(rule)!;
      total.tp += t.tp;
      total.fp += t.fp;
      total.fn += t.fn;
      total.tn += t.tn;
      return {
        rule,
        ...t,
        precision: ratio(t.tp, t.tp + t.fp).toFixed(3),
        recall: ratio(t.tp, t.tp + t.fn).toFixed(3),
      };
    });
    const precision = ratio(total.tp, total.tp + total.fp);
    const recall = ratio(total.tp, total.tp + total.fn);
    table.push({
      rule: "overall" as RuleId,
      ...total,
      precision: precision.toFixed(3),
      recall: recall.toFixed(3),
    });
    console.table(table);
    if (mistakes.length > 0) console.log(mistakes.join("\n"));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
