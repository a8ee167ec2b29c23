import { describe, expect, it } from "vitest";
import { briefSections, renderBrief } from "./render.js";
import type { Brief } from "./types.js";

const full: Brief = {
  contact: {
    id: "c1",
    name: "Mara Lind",
    stage: "client",
    title: "Operations lead",
    organization: "Lind Logistics",
  },
  health: { score: 72, parts: [{ key: "recency", score: 80, detail: "Spoke 12 days ago, cadence 30" }] },
  ledger: { give: 4, ask: 1, service: 2, balance: 3 },
  agendaReasons: [{ kind: "renewal", detail: "Routing ends on 20 Apr (in 30 days): time to talk" }],
  contracts: [{ contractId: "k1", title: "Routing", endsOn: "2025-04-20", renewal: "due" }],
  lastTouches: [
    {
      touchId: "t1",
      on: "2025-03-01",
      channel: "call",
      intent: "give",
      direction: "outbound",
      summary: "Sent the article",
    },
  ],
  lifeNow: [{ kind: "current", text: "Moving offices", learnedOn: "2025-03-05" }],
  openMatters: [
    {
      matterId: "m1",
      summary: "the depot opening",
      eventOn: "2025-03-07",
      followUpOn: "2025-03-12",
      askAbout: "You mentioned the depot opening. How did it go?",
    },
  ],
  needs: [{ dealTitle: "Routing", needs: "Fewer empty runs", stage: "solution_shared" }],
  openConcerns: [{ dealTitle: "Routing", text: "Price per van" }],
  lastGetBack: { on: "2025-03-20", touchId: "t1", when: "upcoming" },
  questionsToAsk: ["What would you most like to achieve this year?"],
  plan: [
    { step: "rapport", doThis: "Start with them: ask about the depot.", avoid: "Opening with a request." },
    { step: "listening", doThis: "Ask open questions." },
    { step: "needs", doThis: "Check the needs." },
    { step: "solution", doThis: "No pitch today." },
  ],
  likelyAnswers: [{ theyMaySay: "We need to think about it.", weRespond: "Of course.", source: "generic" }],
  goal: "Keep in touch and give.",
  warnings: [{ code: "sales_mode", message: "Make this one a give." }],
};

const empty: Brief = {
  ...full,
  contact: { ...full.contact, title: null, organization: null, stage: "not_a_fit" },
  health: null,
  lastTouches: [],
  lifeNow: [],
  openMatters: [],
  needs: [],
  openConcerns: [],
  lastGetBack: null,
  questionsToAsk: [],
  warnings: [],
};

describe("renderBrief", () => {
  it.each([
    ["a full brief", full],
    ["an empty brief", empty],
  ])("prints every section, in order, for %s", (_name, brief) => {
    const text = renderBrief(brief);
    const positions = briefSections.map((heading) => text.indexOf(`\n## ${heading}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each([
    "# Call brief: Mara Lind",
    "Operations lead, Lind Logistics · client",
    "Keep in touch and give.",
    "- Make this one a give.",
    "- Give/ask: 4 gives, 1 ask, 2 services (balance +3)",
    "- Health: 72/100",
    "- Moving offices (current, 2025-03-05)",
    "You mentioned the depot opening. How did it go? (follow up 2025-03-12)",
    "- Routing (solution shared): Fewer empty runs",
    "- Routing: Price per van",
    "2025-03-20 (upcoming)",
    "- 2025-03-01 call, give, outbound: Sent the article",
    "1. What would you most like to achieve this year?",
    "### 1. Rapport",
    "Avoid: Opening with a request.",
    "### 4. Solution",
    '- They may say: "We need to think about it."',
    "  We respond: Of course.",
  ])("shows %s", (line) => {
    expect(renderBrief(full)).toContain(line);
  });

  it("says so when a section has nothing in it", () => {
    const text = renderBrief(empty);
    expect(text).toContain("not a fit");
    expect(text).toContain("No date agreed.");
    expect(text).toContain("Health: not scored yet");
  });

  it("wraps long lines to fit a printed page", () => {
    const long = { ...full, goal: "Keep in touch and give. ".repeat(12) };
    expect(
      renderBrief(long)
        .split("\n")
        .every((line) => line.length <= 80),
    ).toBe(true);
  });
});
