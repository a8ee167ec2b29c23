import { describe, expect, it } from "vitest";
import type { FollowUpStatus, ReasonKind } from "../model.js";
import { newBookContact, type BookContact, type BookFollowUp } from "./book.js";
import { agendaItemFor, defaultAgendaSettings } from "./index.js";

const today = "2025-03-14";

function record(
  reasonKind: ReasonKind,
  dueOn: string,
  status: FollowUpStatus,
  snoozedUntil: string | null = null,
): BookFollowUp {
  return { id: `r-${reasonKind}-${dueOn}`, dueOn, reasonKind, status, snoozedUntil, detail: "" };
}

/** A client with an agreed get-back today and a birthday today. */
function contact(followUps: BookFollowUp[]): BookContact {
  return newBookContact({
    id: "c1",
    name: "Ana Ruiz",
    stage: "client",
    createdOn: "2024-01-01",
    lastTouchOn: "2025-03-01",
    lastInboundOn: "2025-03-01",
    openGetBackOn: today,
    birthday: "--03-14",
    followUps,
  });
}

const kinds = (c: BookContact): ReasonKind[] =>
  agendaItemFor(c, defaultAgendaSettings, today)?.reasons.map((r) => r.kind) ?? [];

describe("stored records of acting on an item", () => {
  it.each<[string, BookFollowUp[], ReasonKind[]]>([
    ["no record leaves both reasons", [], ["get_back", "birthday"]],
    ["done on the same kind and due date suppresses it", [record("get_back", today, "done")], ["birthday"]],
    ["dismissed suppresses it", [record("get_back", today, "dismissed")], ["birthday"]],
    [
      "snoozed until a later day suppresses it",
      [record("get_back", today, "snoozed", "2025-03-16")],
      ["birthday"],
    ],
    [
      "a snooze that ran out no longer suppresses it",
      [record("get_back", today, "snoozed", today)],
      ["get_back", "birthday"],
    ],
    [
      "a record for another due date does not touch it",
      [record("get_back", "2025-03-01", "done")],
      ["get_back", "birthday"],
    ],
    [
      "a record for another kind does not touch it",
      [record("cadence", today, "done")],
      ["get_back", "birthday"],
    ],
    [
      "an open record of a computed item is the same item, not a second one",
      [record("get_back", today, "open")],
      ["get_back", "birthday"],
    ],
    [
      "both records suppress the whole item",
      [record("get_back", today, "done"), record("birthday", today, "dismissed")],
      [],
    ],
  ])("%s", (_name, followUps, expected) => {
    expect(kinds(contact(followUps))).toEqual(expected);
  });

  it("never brings back a snoozed record of a computed kind by itself once the reason is gone", () => {
    const c = contact([record("cadence", "2025-02-01", "snoozed", "2025-03-10")]);
    expect(kinds(c)).toEqual(["get_back", "birthday"]);
  });

  it("moves the next cadence touch a full cadence later when one is marked done without a touch", () => {
    // Customer cadence 21 days from 1 Feb: due 22 Feb; done → next 15 Mar; dismissed too → 5 Apr.
    const base = {
      id: "c2",
      name: "Bo",
      stage: "customer",
      createdOn: "2024-01-01",
      lastTouchOn: "2025-02-01",
    } as const;
    const due = (followUps: BookFollowUp[], on: string) =>
      agendaItemFor(newBookContact({ ...base, followUps }), defaultAgendaSettings, on)?.reason.dueOn ?? null;
    expect(due([], today)).toBe("2025-02-22");
    expect(due([record("cadence", "2025-02-22", "done")], today)).toBeNull();
    expect(due([record("cadence", "2025-02-22", "done")], "2025-03-15")).toBe("2025-03-15");
    expect(
      due(
        [record("cadence", "2025-02-22", "done"), record("cadence", "2025-03-15", "dismissed")],
        "2025-04-05",
      ),
    ).toBe("2025-04-05");
  });

  it("uses the stored detail of a manual follow-up, or a plain one when empty", () => {
    const manual = (detail: string): BookFollowUp => ({ ...record("manual", "2025-03-12", "open"), detail });
    const item = (detail: string) =>
      agendaItemFor(
        contact([manual(detail), record("get_back", today, "done"), record("birthday", today, "done")]),
        defaultAgendaSettings,
        today,
      );
    expect(item("Send the wine list")?.reason).toMatchObject({
      kind: "manual",
      detail: "Send the wine list",
      refId: "r-manual-2025-03-12",
    });
    expect(item("  ")?.reason.detail).toBe("A follow-up you planned for this day");
  });
});
