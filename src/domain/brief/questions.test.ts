import { describe, expect, it } from "vitest";
import type { Deal, DealStage, Fact, FactKind, MatterKind, Stage } from "../model.js";
import { factKinds } from "../model.js";
import { askAbout, chooseQuestions, maxQuestions, questionsToAsk, unknownFactKinds } from "./questions.js";

const today = "2025-03-10";

function fact(kind: FactKind): Fact {
  const at = "2025-03-01T09:00:00Z";
  return {
    id: kind,
    contactId: "c1",
    kind,
    text: kind,
    learnedOn: "2025-03-01",
    sourceTouchId: null,
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

function deal(title: string, stage: DealStage, needs: string | null = null): Deal {
  const at = "2025-03-01T09:00:00Z";
  return {
    id: title,
    contactId: "c1",
    ownerId: "u1",
    title,
    stage,
    needs,
    decisionOn: null,
    outcomeFeedback: null,
    stageOverrideReason: null,
    amount: null,
    currency: null,
    concerns: [],
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

const prospect = { stage: "prospect" as Stage, howWeMet: null };
const client = { stage: "client" as Stage, howWeMet: null };

describe("unknownFactKinds", () => {
  it("lists every kind when nothing is known", () => {
    expect(new Set(unknownFactKinds(prospect, []))).toEqual(new Set(factKinds));
  });

  it.each<[string, Fact[], FactKind]>([
    ["a goal", [fact("goal")], "goal"],
    ["an interest", [fact("interest")], "interest"],
    ["a family fact", [fact("family")], "family"],
  ])("leaves out a kind once %s is known", (_name, facts, kind) => {
    expect(unknownFactKinds(prospect, facts)).not.toContain(kind);
  });

  it("counts how we met as known when the contact records it", () => {
    expect(unknownFactKinds({ stage: "prospect", howWeMet: "Trade fair in Lyon" }, [])).not.toContain(
      "how_we_met",
    );
  });

  it.each<[Stage, FactKind]>([
    ["prospect", "goal"],
    ["client", "current"],
  ])("asks a %s first about their %s", (stage, kind) => {
    expect(unknownFactKinds({ stage, howWeMet: null }, [])[0]).toBe(kind);
  });
});

describe("questionsToAsk", () => {
  it("asks what they want to achieve when no goal is known", () => {
    expect(questionsToAsk(prospect, [], [])[0]).toMatch(/achieve this year/);
  });

  it("does not ask about a goal once one is known", () => {
    expect(questionsToAsk(prospect, [fact("goal")], []).join(" ")).not.toMatch(/achieve this year/);
  });

  it(`asks at most ${maxQuestions} questions, and none when everything is known`, () => {
    expect(questionsToAsk(prospect, [], [])).toHaveLength(maxQuestions);
    expect(questionsToAsk(prospect, factKinds.map(fact), [])).toEqual([]);
  });

  it("puts the needs of an open deal with none recorded first", () => {
    const questions = questionsToAsk(prospect, [], [deal("Fleet tracking", "exploring")]);
    expect(questions[0]).toMatch(/Fleet tracking/);
    expect(questions[0]).toMatch(/good result/);
  });

  it.each<[string, Deal, RegExp | null]>([
    [
      "a deal whose needs are recorded and nothing shared yet",
      deal("Audit", "needs_understood", "Speed"),
      null,
    ],
    ["a deal that ended", deal("Audit", "lost"), null],
    ["a deal in deciding", deal("Audit", "deciding", "Speed"), /anything about Audit/],
    ["a deal with a solution shared", deal("Audit", "solution_shared", "Speed"), /anything about Audit/],
  ])("for %s asks %s", (_name, d, expected) => {
    const first = questionsToAsk(prospect, factKinds.map(fact), [d])[0];
    if (expected === null) expect(first).toBeUndefined();
    else expect(first).toMatch(expected);
  });

  it("asks about unheard needs before what may be left unsaid, then about them", () => {
    const deals = [deal("Audit", "deciding", "Speed"), deal("Fleet", "exploring")];
    const purposes = chooseQuestions(prospect, [], deals).map((q) => q.purpose);
    expect(purposes).toEqual(["needs", "truth", "personal", "personal", "personal", "personal"]);
  });

  it("asks a client what made them choose us rather than how they found us", () => {
    const known = factKinds.filter((k) => k !== "how_we_met").map(fact);
    expect(questionsToAsk(client, known, [])).toEqual(["What made you choose us in the first place?"]);
  });
});

describe("askAbout", () => {
  it.each<[MatterKind, string | null, string]>([
    ["health", "2025-03-01", "You mentioned knee surgery. How are you feeling now?"],
    ["health", "2025-04-01", "You mentioned knee surgery. How are you feeling about it?"],
    ["event", "2025-03-09", "You mentioned knee surgery. How did it go?"],
    ["event", today, "You mentioned knee surgery. How are the preparations going?"],
    ["travel", "2025-03-01", "You mentioned knee surgery. How was the trip?"],
    ["family", null, "You mentioned knee surgery. How is everyone doing?"],
  ])("turns a %s matter dated %s into a question", (kind, eventOn, expected) => {
    expect(askAbout({ summary: "knee surgery.", kind, eventOn }, today)).toBe(expected);
  });
});
