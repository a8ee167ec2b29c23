import { describe, expect, it } from "vitest";
import type { Channel } from "../model.js";
import { newBookContact, type BookContact } from "./book.js";
import { agendaItemFor, defaultAgendaSettings } from "./index.js";

const lastTouchOn = "2025-01-01";

/** A customer (21-day cadence) last touched on 1 January by us. */
function customer(unansweredOutbound: number, preferredChannel: Channel | null = null): BookContact {
  return newBookContact({
    id: "c1",
    name: "Ana",
    stage: "customer",
    createdOn: "2024-06-01",
    lastTouchOn,
    lastInboundOn: "2024-11-01",
    unansweredOutbound,
    preferredChannel,
    recentIntents: ["give"],
  });
}

describe("the attempt rule: slow down and change channel, never stop", () => {
  it.each<[number, Channel | null, string, Channel]>([
    [0, null, "2025-01-22", "call"],
    [2, null, "2025-01-22", "call"],
    [3, null, "2025-02-12", "handwritten"],
    [5, null, "2025-02-12", "handwritten"],
    [6, null, "2025-03-05", "call"],
    [9, null, "2025-03-05", "handwritten"],
    [0, "email", "2025-01-22", "email"],
    [3, "email", "2025-02-12", "call"],
    [3, "video", "2025-02-12", "call"],
  ])(
    "after %s unanswered touches (preferring %s) is due on %s by %s",
    (unanswered, preferred, dueOn, channel) => {
      const item = agendaItemFor(customer(unanswered, preferred), defaultAgendaSettings, "2025-06-01");
      expect(item?.reason).toMatchObject({ kind: "cadence", dueOn });
      expect(item?.suggested.channel).toBe(channel);
    },
  );

  it("says it is slowing down and switching, with the new rhythm and channel", () => {
    const item = agendaItemFor(customer(3), defaultAgendaSettings, "2025-02-12");
    expect(item?.reason.detail).toBe(
      "3 tries without an answer: slowing down to every 42 days and switching to a handwritten note",
    );
    expect(item?.suggested.opener).toContain("no need to reply");
  });

  it("keeps a call short instead when the switch is to the phone", () => {
    const item = agendaItemFor(customer(6), defaultAgendaSettings, "2025-03-05");
    expect(item?.suggested.channel).toBe("call");
    expect(item?.suggested.opener).toContain("I'll keep this short");
  });

  it("is not due before the stretched date", () => {
    expect(agendaItemFor(customer(3), defaultAgendaSettings, "2025-02-11")).toBeNull();
  });

  it("keeps going after many unanswered touches", () => {
    expect(agendaItemFor(customer(40), defaultAgendaSettings, "2025-03-05")?.reason.kind).toBe("cadence");
  });

  it("goes back to the normal rhythm and channel once they answer (the store resets the count)", () => {
    const answered = { ...customer(0), lastInboundOn: lastTouchOn };
    const item = agendaItemFor(answered, defaultAgendaSettings, "2025-01-22");
    expect(item?.reason.detail).toBe("Last touch 21 days ago; you keep in touch every 21 days");
    expect(item?.suggested.channel).toBe("call");
  });

  it.each<[number, Channel]>([
    [0, "call"],
    [3, "handwritten"],
    [6, "email"],
    [12, "email"],
  ])(
    "calls a quiet prospect first and emails only as the last resort (%s unanswered: %s)",
    (unanswered, channel) => {
      const prospect = newBookContact({
        id: "p1",
        name: "Bo",
        stage: "prospect",
        createdOn: "2025-01-01",
        cadenceDays: 365,
        lastTouchOn: "2025-02-05",
        lastAskOrProposalOn: "2025-02-01",
        recentIntents: ["give", "ask"],
        unansweredOutbound: unanswered,
        preferredChannel: "email",
      });
      const item = agendaItemFor(prospect, defaultAgendaSettings, "2025-02-20");
      expect(item?.reason.kind).toBe("feedback_call");
      expect(item?.suggested.channel).toBe(channel);
    },
  );
});
