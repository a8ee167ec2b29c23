import { describe, expect, it } from "vitest";
import type { ReasonKind } from "../model.js";
import { newBookContact, type BookContact } from "./book.js";
import { agendaFor, defaultAgendaSettings, mergeSettings, priorityBands } from "./index.js";

const today = "2025-03-14";

/** A client with nothing due, touched on 10 March. */
function quiet(id: string, name: string, extra: Partial<BookContact> = {}): BookContact {
  return newBookContact({
    id,
    name,
    stage: "client",
    createdOn: "2024-01-01",
    lastTouchOn: "2025-03-10",
    recentIntents: ["give"],
    ...extra,
  });
}

/** One contact due for exactly `kind` today (0 days overdue, renewal ending in 45 days). */
const dueFor: Record<Exclude<ReasonKind, "no_next_step">, Partial<BookContact>> = {
  get_back: { openGetBackOn: today },
  matter: { matters: [{ id: "m", summary: "the recital", kind: "family", followUpOn: today }] },
  renewal: { contracts: [{ id: "k", title: "Plan", endsOn: "2025-04-28" }] },
  feedback_call: {
    stage: "prospect",
    cadenceDays: 99,
    lastTouchOn: "2025-03-04",
    lastAskOrProposalOn: "2025-03-04",
  },
  birthday: { birthday: "--03-14" },
  anniversary: { anniversary: "--03-14" },
  manual: {
    followUps: [
      { id: "f", dueOn: today, reasonKind: "manual", status: "open", snoozedUntil: null, detail: "x" },
    ],
  },
  concern: { concerns: [{ id: "q", dealId: "d", dealTitle: "Deal", text: "Too slow", openedOn: today }] },
  rebalance: { lastTouchOn: today, recentIntents: ["ask", "ask"] },
  cadence: { lastTouchOn: "2025-01-28" },
};

describe("ranking", () => {
  it("orders by band: commitments, occasions, matters, renewals, quiet prospects, manual, concerns, rebalance, cadence, no next step", () => {
    const book = Object.entries(dueFor).map(([kind, extra]) => quiet(kind, `Same name`, extra));
    book.push(quiet("no_next_step", "Same name", { cadenceDays: null, stage: "client" }));
    const settings = mergeSettings({ cadenceDays: { client: null }, agendaSize: 5 });
    // The cadence row needs a cadence of its own once clients have none.
    const cadenceRow = book.find((c) => c.id === "cadence");
    if (cadenceRow) cadenceRow.cadenceDays = 45;
    const agenda = agendaFor(book, settings, today);
    const order = [...agenda.items, ...agenda.later].map((i) => i.reason.kind);
    expect(order).toEqual([
      "get_back",
      "anniversary",
      "birthday",
      "matter",
      "renewal",
      "feedback_call",
      "manual",
      "concern",
      "rebalance",
      "cadence",
      "no_next_step",
    ]);
    expect(agenda.items).toHaveLength(5);
    expect(agenda.later).toHaveLength(6);
  });

  it("lets overdue days add within a band but never lift an item into the band above", () => {
    const book = [
      quiet("a", "A", { matters: [{ id: "m", summary: "x", kind: "other", followUpOn: "2025-03-12" }] }),
      quiet("b", "B", { matters: [{ id: "m", summary: "x", kind: "other", followUpOn: "2024-03-12" }] }),
      quiet("c", "C", { openGetBackOn: today }),
    ];
    const items = agendaFor(book, defaultAgendaSettings, today).items;
    expect(items.map((i) => [i.contactId, i.priority])).toEqual([
      ["c", 1100],
      ["b", 960],
      ["a", 902],
    ]);
  });

  it("raises a renewal as its end date nears", () => {
    const ending = (id: string, endsOn: string) =>
      quiet(id, id, { contracts: [{ id: `k${id}`, title: "Plan", endsOn }] });
    const items = agendaFor(
      [ending("far", "2025-04-27"), ending("near", "2025-03-20"), ending("mid", "2025-04-05")],
      defaultAgendaSettings,
      today,
    ).items;
    expect(items.map((i) => [i.contactId, i.priority])).toEqual([
      ["near", 852],
      ["mid", 831],
      ["far", 801],
    ]);
    expect(items[0]?.why).toBe("Renewal conversation, ends in 6 days");
  });

  it("breaks ties by overdue days, then name ignoring case, then id", () => {
    const birthday = { birthday: "--03-14" };
    const book = [
      quiet("z2", "bea", birthday),
      quiet("z1", "Bea", birthday),
      quiet("y", "Abe", birthday),
      quiet("x", "Cy", { lastTouchOn: "2025-01-01", birthday: "--03-14" }),
    ];
    const items = agendaFor(book, defaultAgendaSettings, today).items;
    expect(items.map((i) => i.contactId)).toEqual(["x", "y", "z1", "z2"]);
  });

  it("merges every reason of a contact into one item led by the strongest", () => {
    const c = quiet("c", "Ana", {
      lastTouchOn: "2025-01-01",
      birthday: "--03-14",
      openGetBackOn: "2025-03-12",
    });
    const [item, ...rest] = agendaFor([c], defaultAgendaSettings, today).items;
    expect(rest).toEqual([]);
    expect(item?.reason.kind).toBe("get_back");
    expect(item?.reasons.map((r) => [r.kind, r.dueOn, r.overdueDays])).toEqual([
      ["get_back", "2025-03-12", 2],
      ["birthday", "2025-03-14", 0],
      ["cadence", "2025-02-15", 27],
    ]);
    expect(item?.dueOn).toBe("2025-03-12");
    expect(item?.overdueDays).toBe(2);
    expect(item?.priority).toBe(priorityBands.get_back + 2 + 6);
    expect(item?.why).toBe(
      "Agreed get-back (a commitment comes first), 2 days overdue; also birthday, cadence",
    );
  });

  it("is the same agenda whatever order the book comes in", () => {
    const book = ["a", "b", "c", "d", "e"].map((id, n) =>
      quiet(id, "Same", { lastTouchOn: `2025-01-0${n + 1}` }),
    );
    const forward = agendaFor(book, defaultAgendaSettings, today);
    const backward = agendaFor([...book].reverse(), defaultAgendaSettings, today);
    expect(backward).toEqual(forward);
  });

  it("handles a large book in one pass, ordered best first", () => {
    const book = Array.from({ length: 5000 }, (_, n) =>
      quiet(`c${n}`, `Person ${n % 97}`, {
        lastTouchOn: `2025-0${1 + (n % 3)}-${String(1 + (n % 28)).padStart(2, "0")}`,
      }),
    );
    const { items, later } = agendaFor(book, defaultAgendaSettings, today);
    const all = [...items, ...later];
    expect(items).toHaveLength(15);
    for (let i = 1; i < all.length; i++)
      expect(all[i - 1]!.priority).toBeGreaterThanOrEqual(all[i]!.priority);
  });
});
