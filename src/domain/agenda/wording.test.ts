import { describe, expect, it } from "vitest";
import { newBookContact, type BookContact } from "./book.js";
import { agendaFor, agendaItemFor, defaultAgendaSettings } from "./index.js";
import { openerWords } from "./wording.js";

const today = "2025-03-14";

function client(id: string, name: string, extra: Partial<BookContact> = {}): BookContact {
  return newBookContact({
    id,
    name,
    stage: "client",
    createdOn: "2024-01-01",
    lastTouchOn: "2025-01-20",
    lastInboundOn: "2025-01-20",
    lastGiveOn: "2025-03-01",
    recentIntents: ["give"],
    ...extra,
  });
}

const withoutGreeting = (opener: string) => openerWords(opener.replace(/^Hi [^,]+, /, ""));

describe("a day's wording", () => {
  it("never opens two items with the same words or offers the same give", () => {
    const book = ["Ana Ruiz", "Ben Ode", "Cy Lam", "Di Roy"].map((name, i) => client(`c${i}`, name));
    const all = agendaFor(book, defaultAgendaSettings, today).items;
    expect(all).toHaveLength(4);
    expect(new Set(all.map((i) => withoutGreeting(i.suggested.opener))).size).toBe(4);
    expect(new Set(all.map((i) => i.suggested.idea)).size).toBe(4);
  });

  it("varies the quiet prospects' feedback calls, whose dates alone would differ", () => {
    const prospect = (id: string, name: string, asked: string) =>
      newBookContact({
        id,
        name,
        stage: "prospect",
        createdOn: "2025-01-01",
        cadenceDays: 99,
        lastAskOrProposalOn: asked,
        lastTouchOn: "2025-03-05",
        recentIntents: ["give", "ask"],
      });
    const book = [prospect("p1", "Al", "2025-02-20"), prospect("p2", "Bo", "2025-02-21")];
    const [a, b] = agendaFor(book, defaultAgendaSettings, today).items;
    expect(a?.reason.kind).toBe("feedback_call");
    expect(withoutGreeting(a!.suggested.opener)).not.toBe(withoutGreeting(b!.suggested.opener));
  });

  it("weaves a renewal and a personal matter into one opening, without quote marks", () => {
    const item = agendaItemFor(
      client("c1", "Maria Lopez", {
        matters: [{ id: "m1", summary: "Sofia's cello recital", kind: "family", followUpOn: "2025-03-12" }],
        contracts: [{ id: "k1", title: "Route planning", endsOn: "2025-04-10" }],
      }),
      defaultAgendaSettings,
      today,
    );
    expect(item?.reasons.map((r) => r.kind)).toEqual(["matter", "renewal", "cadence"]);
    expect(item?.suggested.opener).toBe(
      "Hi Maria, you mentioned Sofia's cello recital when we last spoke, and I've been wondering about it. " +
        "How did it go? And with Route planning up for renewal on 10 Apr, I'd love to hear how it has " +
        "been working for you.",
    );
    expect(item?.suggested.opener).not.toMatch(/["“”]/);
    expect(item?.reasons[1]?.detail).not.toMatch(/["“”]/);
  });
});

describe("timing that respects people", () => {
  it("asks about a matter the day after its event, never during it", () => {
    const item = agendaItemFor(
      client("c1", "Ana Ruiz", {
        lastTouchOn: "2025-03-10",
        matters: [
          { id: "m", summary: "the trip", kind: "travel", eventOn: "2025-03-14", followUpOn: "2025-03-12" },
        ],
      }),
      defaultAgendaSettings,
      today,
    );
    expect(item).toBeNull();
    const after = agendaItemFor(
      client("c1", "Ana Ruiz", {
        lastTouchOn: "2025-03-10",
        matters: [
          { id: "m", summary: "the trip", kind: "travel", eventOn: "2025-03-13", followUpOn: "2025-03-12" },
        ],
      }),
      defaultAgendaSettings,
      today,
    );
    expect(after?.reason).toMatchObject({ kind: "matter", dueOn: "2025-03-14" });
  });

  it("puts a birthday right after the day's commitments", () => {
    const book = [
      client("m", "Matter", {
        matters: [{ id: "m", summary: "the move", kind: "home", followUpOn: "2024-12-01" }],
      }),
      client("r", "Renewal", { contracts: [{ id: "k", title: "Plan", endsOn: "2025-03-01" }] }),
      client("b", "Birthday", { lastTouchOn: "2025-03-10", birthday: "--03-14" }),
      client("g", "Promise", { lastTouchOn: "2025-03-10", openGetBackOn: today }),
    ];
    const order = agendaFor(book, defaultAgendaSettings, today).items.map((i) => i.contactId);
    expect(order).toEqual(["g", "b", "m", "r"]);
  });
});
