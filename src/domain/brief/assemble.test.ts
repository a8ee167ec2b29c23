import { describe, expect, it } from "vitest";
import type { Concern, Contact, Deal, DealStage, Fact, FactKind, Matter, Stage, Touch } from "../model.js";
import { emptyLedger } from "../ledger.js";
import { assembleBrief, summarise } from "./assemble.js";
import type { BriefInput } from "./types.js";

const today = "2025-03-10";
const at = "2025-01-01T09:00:00Z";

function contact(stage: Stage = "prospect"): Contact {
  return {
    id: "c1",
    ownerId: "u1",
    organizationId: "o1",
    name: "Mara Lind",
    nickname: null,
    emails: [],
    phones: [],
    urls: [],
    labels: {},
    title: "Operations lead",
    department: null,
    stage,
    birthday: null,
    anniversary: null,
    howWeMet: null,
    preferredChannel: null,
    cadenceDays: null,
    tags: [],
    address: null,
    timeZone: "Europe/Stockholm",
    notes: null,
    photo: null,
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

function touch(id: string, occurredAt: string, notes = "Talked about the spring season."): Touch {
  const base = { contactId: "c1", ownerId: "u1", dealId: null, channel: "call", intent: "give" } as const;
  return {
    ...base,
    id,
    occurredAt,
    direction: "outbound",
    notes,
    steps: [],
    getBackOn: null,
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

function fact(kind: FactKind, text: string, learnedOn = "2025-03-01"): Fact {
  return {
    id: text,
    contactId: "c1",
    kind,
    text,
    learnedOn,
    sourceTouchId: null,
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

function matter(summary: string, followUpOn: string | null, status: Matter["status"] = "open"): Matter {
  const base = { contactId: "c1", kind: "event", eventOn: "2025-03-07", sourceTouchId: null } as const;
  return {
    ...base,
    id: summary,
    summary,
    followUpOn,
    status,
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

function deal(title: string, stage: DealStage, extra: Partial<Deal> = {}): Deal {
  const base = {
    contactId: "c1",
    ownerId: "u1",
    outcomeFeedback: null,
    stageOverrideReason: null,
    amount: null,
    currency: null,
  } as const;
  return {
    ...base,
    id: title,
    title,
    stage,
    needs: null,
    decisionOn: null,
    concerns: [],
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...extra,
  };
}

function concern(text: string, status: Concern["status"] = "open"): Concern {
  return { id: text, dealId: "d", text, status, response: null, createdAt: at, updatedAt: at };
}

function input(overrides: Partial<BriefInput> = {}): BriefInput {
  return {
    contact: contact(),
    organizationName: "Lind Logistics",
    health: null,
    recentTouches: [],
    ledger: emptyLedger,
    facts: [],
    matters: [],
    deals: [],
    lastGetBack: null,
    pastConcerns: [],
    contracts: [],
    renewalWindowDays: 45,
    agendaReasons: [],
    ...overrides,
  };
}

describe("assembleBrief: what we know", () => {
  it("keeps the five newest touches, dated in the contact's time zone", () => {
    const touches = ["01", "02", "03", "04", "05", "06"].map((d) => touch(d, `2025-02-${d}T23:30:00Z`));
    const brief = assembleBrief(input({ recentTouches: touches }), today);
    expect(brief.lastTouches.map((t) => t.touchId)).toEqual(["06", "05", "04", "03", "02"]);
    expect(brief.lastTouches[0]).toMatchObject({ on: "2025-02-07", channel: "call", intent: "give" });
  });

  it("shortens a long note at a word to about 120 characters", () => {
    const summary = summarise(`${"word ".repeat(40)}end`);
    expect(summary.length).toBeLessThanOrEqual(121);
    expect(summary).toMatch(/word…$/);
    expect(summarise("  short\n note ")).toBe("short note");
  });

  it("shows life now newest first, leaving out stale news and other kinds", () => {
    const facts = [
      fact("interest", "Sails on weekends", "2024-01-01"),
      fact("current", "Moving offices", "2025-03-05"),
      fact("current", "Hiring a deputy", "2024-02-01"),
      fact("preference", "Prefers mornings"),
      fact("goal", "Open a second depot", "2025-02-01"),
    ];
    const brief = assembleBrief(input({ facts }), today);
    expect(brief.lifeNow.map((f) => f.text)).toEqual([
      "Moving offices",
      "Open a second depot",
      "Sails on weekends",
    ]);
  });

  it("turns open matters into questions, soonest follow-up first", () => {
    const matters = [
      matter("the board offsite", null),
      matter("the depot opening", "2025-03-12"),
      matter("a move", "2025-03-01", "done"),
    ];
    const brief = assembleBrief(input({ matters }), today);
    expect(brief.openMatters.map((m) => m.askAbout)).toEqual([
      "You mentioned the depot opening. How did it go?",
      "You mentioned the board offsite. How did it go?",
    ]);
  });

  it("lists needs and open concerns of live deals only", () => {
    const deals = [
      deal("Routing", "solution_shared", {
        needs: "Fewer empty runs",
        concerns: [concern("Price per van"), concern("Old", "answered")],
      }),
      deal("Old pilot", "lost", { needs: "Anything", concerns: [concern("Gone")] }),
    ];
    const brief = assembleBrief(input({ deals }), today);
    expect(brief.needs).toEqual([
      { dealTitle: "Routing", needs: "Fewer empty runs", stage: "solution_shared" },
    ]);
    expect(brief.openConcerns).toEqual([{ dealTitle: "Routing", text: "Price per van" }]);
  });

  it.each<[string, string]>([
    ["2025-03-01", "past"],
    [today, "today"],
    ["2025-03-20", "upcoming"],
  ])("places a get-back agreed for %s as %s", (on, when) => {
    expect(assembleBrief(input({ lastGetBack: { on, touchId: "t1" } }), today).lastGetBack).toEqual({
      on,
      touchId: "t1",
      when,
    });
  });

  it("computes the ledger balance as gives minus asks", () => {
    expect(assembleBrief(input({ ledger: { give: 2, ask: 5, service: 1 } }), today).ledger.balance).toBe(-3);
  });
});

describe("assembleBrief: likely answers", () => {
  it("learns from past concerns with a response, once each, before the generic ones", () => {
    const pastConcerns = [
      { text: "Is the data stored in the EU?", response: "Yes, in Frankfurt." },
      { text: "is the data stored in the EU", response: "Yes." },
      { text: "Too expensive", response: null },
    ];
    const answers = assembleBrief(input({ pastConcerns }), today).likelyAnswers;
    expect(answers.filter((a) => a.source === "past")).toEqual([
      { theyMaySay: "Is the data stored in the EU?", weRespond: "Yes, in Frankfurt.", source: "past" },
    ]);
    expect(answers.map((a) => a.theyMaySay)).toContain("We need to think about it.");
    expect(answers.map((a) => a.theyMaySay)).toContain("No, it's not for us.");
  });
});

describe("assembleBrief: goal, plan and warnings", () => {
  it.each<[string, Stage, Deal[], RegExp]>([
    ["a prospect with no deal", "prospect", [], /first meeting/],
    ["a prospect exploring a deal", "prospect", [deal("Routing", "exploring")], /need from Routing.*meeting/],
    [
      "a prospect deciding",
      "prospect",
      [deal("Routing", "deciding", { decisionOn: "2025-03-20" })],
      /where they stand on Routing.*next step/,
    ],
    ["a client with no open deal", "client", [deal("Routing", "won")], /Keep in touch and give/],
    [
      "a client exploring a new deal",
      "customer",
      [deal("Add-on", "exploring")],
      /give.*If they bring up Add-on/,
    ],
    ["a contact who was not a fit", "not_a_fit", [], /door open/],
  ])("sets the goal for %s", (_name, stage, deals, goal) => {
    const brief = assembleBrief(input({ contact: contact(stage), deals }), today);
    expect(brief.goal).toMatch(goal);
    expect(brief.goal).not.toMatch(/\bclos(e|ing)\b/i);
  });

  it("plans the four steps in order, opening with their personal matter", () => {
    const brief = assembleBrief(input({ matters: [matter("the depot opening", "2025-03-12")] }), today);
    expect(brief.plan.map((p) => p.step)).toEqual(["rapport", "listening", "needs", "solution"]);
    expect(brief.plan[0]?.doThis).toMatch(/depot opening/);
    expect(brief.plan[1]?.doThis).toContain(brief.questionsToAsk[0]);
  });

  it("keeps the question about what is left unsaid out of the listening step", () => {
    const deals = [deal("Routing", "deciding", { needs: "Fewer empty runs", decisionOn: "2025-03-20" })];
    const brief = assembleBrief(input({ deals }), today);
    expect(brief.questionsToAsk[0]).toMatch(/anything about Routing/);
    expect(brief.plan[1]?.doThis).not.toMatch(/anything about Routing/);
    expect(brief.plan[1]?.doThis).toContain(brief.questionsToAsk[1]);
  });

  it("offers help with a known challenge instead of a pitch for a client", () => {
    const facts = [fact("challenge", "Drivers leaving for rivals")];
    const brief = assembleBrief(input({ contact: contact("client"), facts }), today);
    expect(brief.plan[3]?.doThis).toMatch(/No pitch today.*Drivers leaving/);
  });

  it.each<[string, Partial<BriefInput>, string]>([
    [
      "a client asked more than given",
      { contact: contact("client"), ledger: { give: 1, ask: 3, service: 0 } },
      "sales_mode",
    ],
    ["a passed get-back", { lastGetBack: { on: "2025-03-01", touchId: "t1" } }, "get_back_passed"],
    [
      "a passed decision date",
      { deals: [deal("Routing", "deciding", { needs: "x", decisionOn: "2025-03-01" })] },
      "decision_date_passed",
    ],
    ["a solution shared with no needs", { deals: [deal("Routing", "solution_shared")] }, "needs_missing"],
  ])("warns about %s", (_name, overrides, code) => {
    expect(assembleBrief(input(overrides), today).warnings.map((w) => w.code)).toContain(code);
  });

  it("does not flag sales mode for a prospect", () => {
    const brief = assembleBrief(input({ ledger: { give: 0, ask: 3, service: 0 } }), today);
    expect(brief.warnings).toEqual([]);
  });
});
