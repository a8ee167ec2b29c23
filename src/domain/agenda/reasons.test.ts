import { describe, expect, it } from "vitest";
import type { ReasonKind } from "../model.js";
import { newBookContact, type BookContact } from "./book.js";
import { agendaItemFor, defaultAgendaSettings, mergeSettings } from "./index.js";

const today = "2025-03-14";

/** A client touched four days ago by both sides: nothing due unless a row adds it. */
function client(overrides: Partial<BookContact> = {}): BookContact {
  return newBookContact({
    id: "c1",
    name: "Ana Ruiz",
    stage: "client",
    createdOn: "2024-01-08",
    lastTouchOn: "2025-03-10",
    lastInboundOn: "2025-03-10",
    recentIntents: ["give"],
    ledger: { give: 2, ask: 0, service: 0 },
    ...overrides,
  });
}

function reasonsOn(
  contact: BookContact,
  on = today,
  settings = defaultAgendaSettings,
): [ReasonKind, number][] | null {
  const item = agendaItemFor(contact, settings, on);
  return item && item.reasons.map((r) => [r.kind, r.overdueDays]);
}

describe("reasons a contact is due", () => {
  it.each<[string, Partial<BookContact>, [ReasonKind, number][] | null]>([
    ["nothing is due for a client touched this week", {}, null],
    ["an agreed get-back is due on its day", { openGetBackOn: "2025-03-14" }, [["get_back", 0]]],
    ["an agreed get-back counts overdue days once past", { openGetBackOn: "2025-03-11" }, [["get_back", 3]]],
    ["an agreed get-back ahead is not due yet", { openGetBackOn: "2025-03-15" }, null],
    [
      "a personal matter is due on its follow-up date",
      { matters: [{ id: "m1", summary: "the half marathon", kind: "hobby", followUpOn: "2025-03-07" }] },
      [["matter", 7]],
    ],
    [
      "a personal matter ahead is not due yet",
      { matters: [{ id: "m1", summary: "the move", kind: "home", followUpOn: "2025-03-20" }] },
      null,
    ],
    [
      "an undated personal matter is never an item on its own",
      { matters: [{ id: "m1", summary: "the new puppy", kind: "family", followUpOn: null }] },
      null,
    ],
    [
      "the cadence comes due a full cadence after the last touch",
      { lastTouchOn: "2025-01-28" },
      [["cadence", 0]],
    ],
    [
      "a never-touched contact is due a cadence after being added",
      { lastTouchOn: null, lastInboundOn: null, createdOn: "2025-01-27" },
      [["cadence", 1]],
    ],
    ["their own cadence overrides the stage's", { cadenceDays: 4 }, [["cadence", 0]]],
    [
      "a renewal conversation opens 45 days before the end",
      { contracts: [{ id: "k1", title: "Annual support", endsOn: "2025-04-13" }] },
      [["renewal", 0]],
    ],
    [
      "a contract ending later than the window is not due",
      { contracts: [{ id: "k1", title: "Annual support", endsOn: "2025-04-29" }] },
      null,
    ],
    [
      "a renewal is overdue once the end passed with no touch since the window opened",
      {
        lastTouchOn: "2025-01-20",
        lastInboundOn: "2025-01-20",
        contracts: [{ id: "k1", title: "Plan", endsOn: "2025-03-09" }],
      },
      [
        ["renewal", 5],
        ["cadence", 8],
      ],
    ],
    [
      "a renewal is overdue once its end date passed, even when they were touched since",
      { lastTouchOn: "2025-02-01", contracts: [{ id: "k1", title: "Plan", endsOn: "2025-03-09" }] },
      [["renewal", 5]],
    ],
    ["a birthday without a year is due on the day", { birthday: "--03-14" }, [["birthday", 0]]],
    ["a birthday with a year is due on the day", { birthday: "1984-03-14" }, [["birthday", 0]]],
    ["a birthday on another day is not due", { birthday: "1984-03-15" }, null],
    ["an anniversary is due on the day", { anniversary: "2015-03-14" }, [["anniversary", 0]]],
    [
      "an open concern nobody answered is due from the day it was raised",
      {
        concerns: [
          {
            id: "q1",
            dealId: "d1",
            dealTitle: "Second site",
            text: "Budget is tight",
            openedOn: "2025-03-12",
          },
        ],
      },
      [["concern", 2]],
    ],
    [
      "two asks in the last three touches ask for a give",
      { recentIntents: ["ask", "give", "ask"], ledger: { give: 3, ask: 2, service: 0 } },
      [["rebalance", 4]],
    ],
    [
      "more asks than gives in the ledger ask for a give",
      { recentIntents: ["service"], ledger: { give: 1, ask: 2, service: 3 } },
      [["rebalance", 4]],
    ],
    [
      "a give as the latest touch already rebalances",
      { recentIntents: ["give", "ask", "ask"], ledger: { give: 1, ask: 3, service: 0 } },
      null,
    ],
    [
      "an open stored follow-up is due on its date",
      {
        followUps: [
          {
            id: "f1",
            dueOn: "2025-03-13",
            reasonKind: "manual",
            status: "open",
            snoozedUntil: null,
            detail: "Send the tasting notes",
          },
        ],
      },
      [["manual", 1]],
    ],
    [
      "a stored follow-up ahead is not due yet",
      {
        followUps: [
          {
            id: "f1",
            dueOn: "2025-03-15",
            reasonKind: "manual",
            status: "open",
            snoozedUntil: null,
            detail: "",
          },
        ],
      },
      null,
    ],
    [
      "a snoozed follow-up comes back on its snooze date",
      {
        followUps: [
          {
            id: "f1",
            dueOn: "2025-03-01",
            reasonKind: "manual",
            status: "snoozed",
            snoozedUntil: "2025-03-14",
            detail: "x",
          },
        ],
      },
      [["manual", 13]],
    ],
    [
      "a snoozed follow-up stays away until then",
      {
        followUps: [
          {
            id: "f1",
            dueOn: "2025-03-01",
            reasonKind: "manual",
            status: "snoozed",
            snoozedUntil: "2025-03-15",
            detail: "x",
          },
        ],
      },
      null,
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(reasonsOn(client(overrides))).toEqual(expected);
  });

  it.each<[string, Partial<BookContact>, [ReasonKind, number][] | null]>([
    [
      "a quiet prospect gets a feedback call after the window and an unanswered follow-up",
      { lastAskOrProposalOn: "2025-03-04" },
      [["feedback_call", 0]],
    ],
    [
      "silence alone is no feedback call",
      { lastAskOrProposalOn: "2025-03-04", recentIntents: ["ask"] },
      null,
    ],
    ["a feedback call waits for the full window", { lastAskOrProposalOn: "2025-03-05" }, null],
    [
      "the follow-up gets half a window to be answered",
      { lastAskOrProposalOn: "2025-03-01", lastTouchOn: "2025-03-10" },
      null,
    ],
    [
      "a prospect who wrote back since is not quiet",
      { lastAskOrProposalOn: "2025-03-01", lastInboundOn: "2025-03-03" },
      null,
    ],
    [
      "an answer on the day of the proposal counts",
      { lastAskOrProposalOn: "2025-03-01", lastInboundOn: "2025-03-01" },
      null,
    ],
    [
      "an agreed get-back ahead holds the feedback call",
      { lastAskOrProposalOn: "2025-03-01", openGetBackOn: "2025-03-20" },
      null,
    ],
    [
      "an agreed get-back ahead holds a prospect's cadence too",
      { cadenceDays: null, openGetBackOn: "2025-03-20" },
      null,
    ],
    ["a prospect's cadence runs otherwise", { cadenceDays: null }, [["cadence", 0]]],
  ])("%s", (_name, overrides, expected) => {
    const prospect = newBookContact({
      id: "p1",
      name: "Bo Lind",
      stage: "prospect",
      createdOn: "2025-01-01",
      cadenceDays: 60,
      lastTouchOn: "2025-03-04",
      lastInboundOn: null,
      recentIntents: ["give", "ask"],
      ...overrides,
    });
    expect(reasonsOn(prospect)).toEqual(expected);
  });

  it.each([
    ["2025-02-28", true],
    ["2025-03-01", false],
    ["2024-02-28", false],
    ["2024-02-29", true],
  ])("a 29 February birthday on %s is due: %s", (on, due) => {
    const kinds = reasonsOn(client({ birthday: "--02-29", lastTouchOn: on }), on)?.map(([k]) => k) ?? [];
    expect(kinds.includes("birthday")).toBe(due);
  });

  it("counts the years of an anniversary with a year", () => {
    expect(
      agendaItemFor(client({ anniversary: "2015-03-14" }), defaultAgendaSettings, today)?.reason.detail,
    ).toBe("Anniversary today: 10 years");
  });

  it.each<[string, Partial<BookContact>, ReasonKind[] | null]>([
    ["an active contact with no cadence and nothing planned has no next step", {}, ["no_next_step"]],
    ["an agreed get-back ahead is a next step", { openGetBackOn: "2025-04-01" }, null],
    [
      "a dated matter is a next step",
      { matters: [{ id: "m", summary: "trip", kind: "travel", followUpOn: "2025-05-01" }] },
      null,
    ],
    [
      "a planned follow-up is a next step",
      {
        followUps: [
          {
            id: "f",
            dueOn: "2025-06-01",
            reasonKind: "manual",
            status: "open",
            snoozedUntil: null,
            detail: "",
          },
        ],
      },
      null,
    ],
    ["a lost contact needs no next step", { stage: "lost" }, null],
    ["a contact with their own cadence has one", { cadenceDays: 60 }, null],
  ])("%s", (_name, overrides, expected) => {
    const settings = mergeSettings({ cadenceDays: { client: null } });
    const item = agendaItemFor(client(overrides), settings, today);
    expect(item && item.reasons.map((r) => r.kind)).toEqual(expected);
  });

  it("dates no-next-step on the last touch, so dismissing it holds until the next touch", () => {
    const settings = mergeSettings({ cadenceDays: { client: null } });
    expect(agendaItemFor(client(), settings, today)?.reason.dueOn).toBe("2025-03-10");
  });

  it("gives a lost contact with a cadence of their own a cadence touch", () => {
    expect(reasonsOn(client({ stage: "lost", cadenceDays: 30, lastTouchOn: "2025-02-12" }))).toEqual([
      ["cadence", 0],
    ]);
  });
});
