import { describe, expect, it } from "vitest";
import { newBookContact, type BookContact } from "./book.js";
import { agendaFor, defaultAgendaSettings, mergeSettings } from "./index.js";

const today = "2025-03-14";

const book: BookContact[] = [
  newBookContact({
    id: "bo",
    name: "Bo Lind",
    stage: "prospect",
    createdOn: "2025-01-15",
    lastTouchOn: "2025-03-05",
    lastInboundOn: "2025-02-20",
    lastAskOrProposalOn: "2025-02-28",
    unansweredOutbound: 2,
    recentIntents: ["give", "ask", "give"],
  }),
  newBookContact({
    id: "carla",
    name: "Carla Diaz",
    stage: "client",
    createdOn: "2023-05-02",
    lastTouchOn: "2025-03-07",
    lastInboundOn: "2025-03-07",
    openGetBackOn: today,
    recentIntents: ["give"],
    ledger: { give: 3, ask: 1, service: 0 },
  }),
  newBookContact({
    id: "dan",
    name: "Dan Ek",
    stage: "customer",
    createdOn: "2024-09-10",
    lastTouchOn: "2025-03-12",
    lastInboundOn: "2025-03-12",
    recentIntents: ["ask", "ask", "ask", "give"],
    ledger: { give: 1, ask: 3, service: 0 },
    facts: [{ kind: "interest", text: "vintage cameras" }],
  }),
  newBookContact({
    id: "eva",
    name: "Eva Moreau",
    stage: "client",
    createdOn: "2023-04-01",
    lastTouchOn: "2025-03-01",
    lastInboundOn: "2025-03-01",
    recentIntents: ["give"],
    contracts: [{ id: "k1", title: "Team licence", endsOn: "2025-04-13" }],
  }),
  newBookContact({
    id: "finn",
    name: "Finn Berg",
    stage: "advocate",
    createdOn: "2022-01-01",
    lastTouchOn: "2025-02-20",
    birthday: "--03-14",
    recentIntents: ["give"],
  }),
  newBookContact({
    id: "gita",
    name: "Gita Rao",
    stage: "customer",
    createdOn: "2024-11-11",
    lastTouchOn: "2025-03-05",
    recentIntents: ["service"],
    matters: [{ id: "m1", summary: "her daughter's recital", kind: "family", followUpOn: "2025-03-07" }],
  }),
  newBookContact({
    id: "hal",
    name: "Hal Ito",
    stage: "client",
    createdOn: "2024-01-01",
    lastTouchOn: "2025-03-13",
  }),
];

describe("a morning agenda for a small book", () => {
  const agenda = agendaFor(book, defaultAgendaSettings, today);

  it("lists who is due, in order: commitment, birthday, matter, renewal, quiet prospect, rebalance", () => {
    expect(agenda.date).toBe(today);
    expect(agenda.later).toEqual([]);
    expect(agenda.items.map((i) => [i.contactName, i.reasons.map((r) => r.kind)])).toEqual([
      ["Carla Diaz", ["get_back"]],
      ["Finn Berg", ["birthday"]],
      ["Gita Rao", ["matter"]],
      ["Eva Moreau", ["renewal"]],
      ["Bo Lind", ["feedback_call"]],
      ["Dan Ek", ["rebalance"]],
    ]);
  });

  it("explains each rank in one line", () => {
    expect(agenda.items.map((i) => i.why)).toEqual([
      "Agreed get-back (a commitment comes first), due today",
      "Birthday, due today",
      "Personal matter, 7 days overdue",
      "Renewal conversation, ends in 30 days",
      "Quiet prospect, 4 days overdue",
      "More asks than gives, 2 days overdue",
    ]);
  });

  it("suggests how to reach each one and with what intent", () => {
    expect(agenda.items.map((i) => [i.contactId, i.suggested.intent, i.suggested.channel])).toEqual([
      ["carla", "give", "call"],
      ["finn", "give", "call"],
      ["gita", "give", "call"],
      ["eva", "give", "in_person"],
      ["bo", "ask", "call"],
      ["dan", "give", "gift"],
    ]);
    expect(agenda.items.find((i) => i.contactId === "dan")?.suggested.idea).toBe(
      "A book, an article or a ticket that feeds their interest (vintage cameras)",
    );
  });

  it("words each reason in terms of what we know", () => {
    expect(agenda.items.map((i) => i.reason.detail)).toEqual([
      "You both agreed to get back to each other today: a promise to keep",
      "Birthday today",
      "Ask how it went: her daughter's recital (due 7 days ago)",
      "Team licence ends on 13 Apr (in 30 days): time to talk about how it is going for them",
      "No answer to your proposal of 28 Feb, nor to your follow-up since: take the pressure off and ask where things stand for them",
      "3 of your last 3 touches were asks; 1 give against 3 asks in 90 days: give something back",
    ]);
  });

  it("keeps the first agendaSize items and moves the rest to later", () => {
    const short = agendaFor(book, mergeSettings({ agendaSize: 2 }), today);
    expect(short.items.map((i) => i.contactId)).toEqual(["carla", "finn"]);
    expect(short.later.map((i) => i.contactId)).toEqual(["gita", "eva", "bo", "dan"]);
  });

  it("gives an empty agenda for an empty book", () => {
    expect(agendaFor([], defaultAgendaSettings, today)).toEqual({ date: today, items: [], later: [] });
  });
});
