import { describe, expect, it } from "vitest";
import {
  amountIssue,
  concernTransition,
  dealTransition,
  openConcerns,
  pipelineOf,
  type DealChange,
  type DealState,
} from "./deals.js";
import { dealStages, type Concern, type ConcernStatus } from "./model.js";

const today = "2025-03-10";
const fresh: DealState = { stage: "exploring", needs: null, decisionOn: null };
const heard: DealState = { stage: "needs_understood", needs: "Fewer missed renewals", decisionOn: null };
const shared: DealState = { ...heard, stage: "solution_shared" };
const deciding: DealState = { ...heard, stage: "deciding", decisionOn: "2025-03-20" };

describe("dealTransition: allowed moves", () => {
  it.each<[string, DealState, DealChange, string[]]>([
    ["exploring to needs understood", fresh, { stage: "needs_understood", needs: "A shared calendar" }, []],
    ["needs understood to solution shared", heard, { stage: "solution_shared" }, []],
    [
      "to solution shared when the needs come with the change",
      fresh,
      { stage: "solution_shared", needs: "Speed" },
      [],
    ],
    [
      "to solution shared without needs, with an override reason",
      fresh,
      { stage: "solution_shared", overrideReason: "They sent a written brief" },
      ["needs_overridden"],
    ],
    ["to deciding with an agreed date", shared, { stage: "deciding", decisionOn: "2025-03-20" }, []],
    ["to deciding on today's date", shared, { stage: "deciding", decisionOn: today }, []],
    [
      "staying in deciding after the agreed date passed",
      { ...deciding, decisionOn: "2025-03-01" },
      { stage: "deciding", needs: "Updated needs" },
      ["decision_date_passed"],
    ],
    ["backwards, from deciding to exploring", deciding, { stage: "exploring" }, []],
    ["backwards, from solution shared to needs understood", shared, { stage: "needs_understood" }, []],
    ["deciding to won", deciding, { stage: "won" }, []],
    ["exploring straight to won, without needs", fresh, { stage: "won" }, ["won_without_needs"]],
    [
      "to lost with their feedback",
      deciding,
      { stage: "lost", outcomeFeedback: "Budget went to hiring" },
      [],
    ],
    ["to no fit with their feedback", heard, { stage: "no_fit", outcomeFeedback: "Too small a team" }, []],
    ["to lost without feedback", deciding, { stage: "lost" }, ["feedback_missing"]],
    [
      "to no fit with blank feedback",
      heard,
      { stage: "no_fit", outcomeFeedback: "  " },
      ["feedback_missing"],
    ],
    [
      "editing a lost deal that already has feedback",
      { ...heard, stage: "lost", outcomeFeedback: "Chose a partner" },
      { stage: "lost" },
      [],
    ],
    ["reopening a won deal", { ...deciding, stage: "won" }, { stage: "exploring" }, ["deal_reopened"]],
    ["reopening a lost deal", { ...heard, stage: "lost" }, { stage: "exploring" }, ["deal_reopened"]],
  ])("allows %s", (_name, deal, change, codes) => {
    const result = dealTransition(deal, change, today);
    expect(result).toEqual({ ok: true, warnings: expect.any(Array) });
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(codes);
  });
});

describe("dealTransition: refused moves", () => {
  it.each<[string, DealState, DealChange, string, string]>([
    ["to solution shared without needs", fresh, { stage: "solution_shared" }, "needs_required", "needs"],
    [
      "to deciding without needs",
      fresh,
      { stage: "deciding", decisionOn: "2025-03-20" },
      "needs_required",
      "needs",
    ],
    [
      "to solution shared when the change clears the needs",
      heard,
      { stage: "solution_shared", needs: null },
      "needs_required",
      "needs",
    ],
    [
      "to solution shared with a blank override reason",
      fresh,
      { stage: "solution_shared", overrideReason: " " },
      "needs_required",
      "needs",
    ],
    [
      "to deciding without an agreed date",
      shared,
      { stage: "deciding" },
      "decision_date_required",
      "decisionOn",
    ],
    [
      "to deciding with a date in the past",
      shared,
      { stage: "deciding", decisionOn: "2025-03-09" },
      "decision_date_past",
      "decisionOn",
    ],
    [
      "clearing the date of a deal in deciding",
      deciding,
      { stage: "deciding", decisionOn: null },
      "decision_date_required",
      "decisionOn",
    ],
    [
      "an impossible date",
      shared,
      { stage: "deciding", decisionOn: "2025-02-30" },
      "invalid_date",
      "decisionOn",
    ],
    [
      "a won deal moved to lost without reopening",
      { ...deciding, stage: "won" },
      { stage: "lost" },
      "deal_closed",
      "stage",
    ],
    [
      "a lost deal moved to deciding",
      { ...deciding, stage: "lost" },
      { stage: "deciding" },
      "deal_closed",
      "stage",
    ],
    ["a no-fit deal moved to won", { ...heard, stage: "no_fit" }, { stage: "won" }, "deal_closed", "stage"],
  ])("refuses %s", (_name, deal, change, code, field) => {
    const result = dealTransition(deal, change, today);
    expect(result).toEqual({ ok: false, reason: { code, field, message: expect.any(String) } });
  });

  it("lets an override reason pass the needs rule but not the agreed-date rule", () => {
    const result = dealTransition(fresh, { stage: "deciding", overrideReason: "Urgent tender" }, today);
    expect(result.ok || result.reason.code).toBe("decision_date_required");
  });
});

function concern(
  status: ConcernStatus,
  response: string | null,
  createdAt = "2025-03-01T10:00:00Z",
): Concern {
  return {
    id: createdAt,
    dealId: "d1",
    text: "Will it work offline?",
    status,
    response,
    createdAt,
    updatedAt: createdAt,
  };
}

describe("concernTransition", () => {
  it.each<
    [string, Concern, ConcernStatus, string | undefined, { status: ConcernStatus; response: string | null }]
  >([
    [
      "answers with a response",
      concern("open", null),
      "answered",
      "Yes, it syncs later",
      { status: "answered", response: "Yes, it syncs later" },
    ],
    [
      "answers with the response already on record",
      concern("open", "Yes"),
      "answered",
      undefined,
      { status: "answered", response: "Yes" },
    ],
    [
      "acknowledges without a response",
      concern("open", null),
      "acknowledged",
      undefined,
      { status: "acknowledged", response: null },
    ],
    [
      "reopens and keeps the earlier response",
      concern("answered", "Yes"),
      "open",
      undefined,
      { status: "open", response: "Yes" },
    ],
    [
      "replaces a response with a new one",
      concern("answered", "Yes"),
      "answered",
      " Not yet ",
      { status: "answered", response: "Not yet" },
    ],
  ])("%s", (_name, from, to, response, value) => {
    expect(concernTransition(from, to, response)).toEqual({ ok: true, value });
  });

  it.each<[string, string | null | undefined]>([
    ["no response", undefined],
    ["a null response", null],
    ["a blank response", "   "],
  ])("refuses to mark a concern answered with %s", (_name, response) => {
    expect(concernTransition(concern("open", null), "answered", response)).toEqual({
      ok: false,
      reason: { code: "response_required", field: "response", message: expect.any(String) },
    });
  });
});

describe("openConcerns", () => {
  it("lists only open concerns, oldest first", () => {
    const later = concern("open", null, "2025-03-05T10:00:00Z");
    const earlier = concern("open", null, "2025-03-02T10:00:00Z");
    const concerns = [later, concern("answered", "Yes"), concern("acknowledged", null), earlier];
    expect(openConcerns({ concerns })).toEqual([earlier, later]);
  });
});

describe("the pipeline per stage", () => {
  it("lists every stage in order with one total per currency, largest first", () => {
    const stages = pipelineOf([
      { stage: "deciding", currency: "USD", deals: 1, amount: 300 },
      { stage: "deciding", currency: "EUR", deals: 2, amount: 9000 },
      { stage: "deciding", currency: null, deals: 1, amount: 0 },
    ]);
    expect(stages.map((s) => s.stage)).toEqual([...dealStages]);
    expect(stages.find((s) => s.stage === "deciding")).toEqual({
      stage: "deciding",
      deals: 4,
      totals: [
        { currency: "EUR", amount: 9000 },
        { currency: "USD", amount: 300 },
      ],
    });
    expect(stages[0]).toEqual({ stage: "exploring", deals: 0, totals: [] });
  });

  it("wants a currency with an amount, not an amount with a currency", () => {
    expect(amountIssue(10, null)).toMatch(/required/);
    expect(amountIssue(null, "EUR")).toBeNull();
    expect(amountIssue(null, null)).toBeNull();
  });

  it("marks needs understood only with the needs written down", () => {
    const moved = dealTransition(
      { stage: "exploring", needs: null, decisionOn: null },
      { stage: "needs_understood" },
      "2025-03-01",
    );
    expect(moved).toMatchObject({ ok: false, reason: { code: "needs_required", field: "needs" } });
  });
});
