import { describe, expect, it } from "vitest";
import { draftKinds, lintDraft, ruleCatalog, ruleIds } from "./index.js";

describe("lintDraft", () => {
  it("returns nothing for an empty or blank draft", () => {
    expect(lintDraft("", { kind: "email" })).toEqual([]);
    expect(lintDraft("  \n\t ", { kind: "message" })).toEqual([]);
  });

  it("returns nothing for a friendly draft with an open question and a proposed time", () => {
    const text = "Hi Ana, how did the move go? Could we talk on Thursday at 10?";
    expect(lintDraft(text, { kind: "message" })).toEqual([]);
  });

  it("sorts findings by start offset with excerpts equal to the slice", () => {
    const text = "Just checking in. Only 2 seats left, act now!! Any update?";
    const findings = lintDraft(text, { kind: "email" });
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    for (const f of findings) expect(f.excerpt).toBe(text.slice(f.start, f.end));
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set(["chaser", "pressure", "over-excited", "no-open-question", "no-next-step"]),
    );
  });

  it("gives every finding a severity, a message and a suggestion", () => {
    for (const f of lintDraft("HUGE news!!! Synergy. Act now. Any update?", { kind: "email" })) {
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.suggestion.length).toBeGreaterThan(10);
    }
  });

  it("uses the severity of the catalog", () => {
    const severity = new Map(ruleCatalog.map((r) => [r.id, r.severity]));
    for (const f of lintDraft("Act now!! Synergy. Any update?", { kind: "email" })) {
      expect(f.severity).toBe(severity.get(f.rule));
    }
    expect(severity.get("pressure")).toBe("error");
    expect(severity.get("no-next-step")).toBe("info");
  });

  it("anchors no-open-question on the last yes/no question", () => {
    const text = "Here is the quote. Do you like it?";
    const f = lintDraft(text, { kind: "email" }).find((x) => x.rule === "no-open-question");
    expect(f?.excerpt).toBe("Do you like it?");
  });

  it("spans the trimmed draft for no-next-step", () => {
    const text = "\n  What do you think?  \n";
    const f = lintDraft(text, { kind: "email" }).find((x) => x.rule === "no-next-step");
    expect(f?.excerpt).toBe("What do you think?");
  });

  it("ignores quoted email lines and quoted phrases", () => {
    const text =
      "> Only 2 left, act now! Any update?\nThey wrote 'limited time offer', sigh. What do you make of it? Talk on Monday?";
    expect(lintDraft(text, { kind: "email" })).toEqual([]);
  });

  it("reads a call script's labelled lines as the caller's own words", () => {
    const text = 'Ask: "Are you ready to move forward?"';
    expect(lintDraft(text, { kind: "call_script" }).map((f) => f.rule)).toContain("decision-over-phone");
  });
});

describe("lintDraft configuration", () => {
  it("skips disabled rules and ignores unknown ids", () => {
    const rules = lintDraft("Act now. Any update?", {
      kind: "note",
      config: { disabledRules: ["pressure", "nope"] },
    });
    expect(rules.map((f) => f.rule)).toEqual(["chaser"]);
  });

  it("adds workspace phrases, matched literally and case-insensitively", () => {
    const config = { extraPhrases: { buzzword: ["win the room", "a+b (c)"] } };
    const text = "We will Win The Room with a+b (c).";
    expect(lintDraft(text, { kind: "note", config }).map((f) => f.excerpt)).toEqual([
      "Win The Room",
      "a+b (c)",
    ]);
    expect(lintDraft("a+bb c", { kind: "note", config })).toEqual([]);
  });

  it("accepts extra phrases that count as a next step or an invitation", () => {
    const config = {
      extraPhrases: { "no-next-step": ["at the next board meeting"], "no-open-question": ["your take"] },
    };
    const text = "I'd value your take. Let's pick it up at the next board meeting.";
    expect(lintDraft(text, { kind: "email", config })).toEqual([]);
  });
});

describe("suggestions from context", () => {
  it("mentions an open concern the draft does not invite", () => {
    const [f] = lintDraft("Here is the revised quote.", {
      kind: "email",
      context: { openConcerns: ["the migration timeline"], contactName: "Dana Ruiz" },
      config: { disabledRules: ["no-next-step"] },
    });
    expect(f?.suggestion).toContain("the migration timeline");
    expect(f?.suggestion).toContain("Dana,");
  });

  it("suggests asking about a known fact", () => {
    const f = lintDraft("Here is the report.", {
      kind: "email",
      context: { facts: ["training for the Berlin marathon"] },
    });
    expect(f.find((x) => x.rule === "no-open-question")?.suggestion).toContain("Berlin marathon");
  });

  it("offers everyday words for a buzzword", () => {
    const [f] = lintDraft("We leverage data.", { kind: "note" });
    expect(f?.suggestion).toContain('"use"');
  });
});

describe("catalog", () => {
  it("describes every rule once, in the order of ruleIds", () => {
    expect(ruleCatalog.map((r) => r.id)).toEqual([...ruleIds]);
    expect(ruleCatalog.every((r) => r.description.length > 10)).toBe(true);
    expect(draftKinds).toEqual(["email", "message", "call_script", "note"]);
  });
});
