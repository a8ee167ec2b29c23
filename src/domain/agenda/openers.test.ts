import { describe, expect, it } from "vitest";
import type { Channel, Intent, Stage } from "../model.js";
import { newBookContact, type BookContact } from "./book.js";
import { agendaItemFor, defaultAgendaSettings, type AgendaItem } from "./index.js";

const today = "2025-03-14";

function person(stage: Stage, extra: Partial<BookContact> = {}): BookContact {
  return newBookContact({
    id: "c1",
    name: "Ana Ruiz",
    stage,
    createdOn: "2024-01-01",
    lastTouchOn: "2025-03-10",
    lastInboundOn: "2025-03-10",
    lastGiveOn: "2025-03-01",
    recentIntents: ["give"],
    ...extra,
  });
}

function suggest(c: BookContact): AgendaItem["suggested"] {
  const item = agendaItemFor(c, defaultAgendaSettings, today);
  if (!item) throw new Error("expected an item");
  return item.suggested;
}

const getBack = { openGetBackOn: today };
const concern = {
  concerns: [
    { id: "q", dealId: "d", dealTitle: "Second site", text: "Installation dates", openedOn: "2025-03-12" },
  ],
};

describe("suggested intent", () => {
  it.each<[string, Stage, Partial<BookContact>, Intent]>([
    ["a customer gets a give", "customer", getBack, "give"],
    ["a client gets a give", "client", { birthday: "--03-14" }, "give"],
    ["an advocate gets a give", "advocate", getBack, "give"],
    ["a client with an open concern gets service", "client", { ...getBack, ...concern }, "service"],
    [
      "a quiet prospect is asked for feedback",
      "prospect",
      { lastAskOrProposalOn: "2025-03-01", lastTouchOn: "2025-03-01", lastInboundOn: null, cadenceDays: 99 },
      "ask",
    ],
    ["a prospect's agreed get-back is part of the buying conversation", "prospect", getBack, "ask"],
    ["a prospect's birthday is a give", "prospect", { birthday: "--03-14" }, "give"],
    ["a prospect's cadence touch is a give", "prospect", { lastTouchOn: "2025-03-04" }, "give"],
    ["a lost contact is never sold to", "lost", getBack, "give"],
  ])("%s", (_name, stage, extra, intent) => {
    expect(suggest(person(stage, extra)).intent).toBe(intent);
  });
});

describe("suggested channel", () => {
  it.each<[string, Stage, Partial<BookContact>, Channel]>([
    ["a get-back defaults to a call", "client", getBack, "call"],
    [
      "their preferred channel is respected",
      "client",
      { ...getBack, preferredChannel: "message" },
      "message",
    ],
    [
      "a renewal is a conversation in person",
      "client",
      { contracts: [{ id: "k", title: "Plan", endsOn: "2025-04-01" }] },
      "in_person",
    ],
    ["an advocate's cadence touch is a meeting", "advocate", { lastTouchOn: "2024-12-01" }, "in_person"],
    [
      "a rebalancing give travels as the idea does",
      "client",
      {
        lastTouchOn: today,
        recentIntents: ["ask", "ask"],
        facts: [{ kind: "preference", text: "dark chocolate" }],
      },
      "gift",
    ],
  ])("%s", (_name, stage, extra, channel) => {
    expect(suggest(person(stage, extra)).channel).toBe(channel);
  });
});

describe("opener and give idea", () => {
  it.each<[string, Stage, Partial<BookContact>, string]>([
    [
      "names the agreed date of a get-back",
      "client",
      { openGetBackOn: "2025-03-12" },
      "we agreed to talk again on 12 Mar",
    ],
    [
      "keeps a prospect's get-back free of pressure",
      "prospect",
      getBack,
      "Whatever you've decided is fine with me",
    ],
    [
      "asks about the personal matter",
      "client",
      { matters: [{ id: "m", summary: "your knee surgery", kind: "health", followUpOn: today }] },
      "you mentioned your knee surgery when we last spoke",
    ],
    [
      "asks how they feel after a health matter",
      "client",
      { matters: [{ id: "m", summary: "the operation", kind: "health", followUpOn: today }] },
      "How are you feeling now?",
    ],
    [
      "names the contract of a renewal as a conversation",
      "client",
      { contracts: [{ id: "k", title: "Support plan", endsOn: "2025-04-01" }] },
      "before Support plan comes up for renewal on 1 Apr, I'd love to hear how it's been for you",
    ],
    [
      "takes the pressure off a quiet prospect",
      "prospect",
      { lastAskOrProposalOn: "2025-03-01", lastTouchOn: "2025-03-01", lastInboundOn: null, cadenceDays: 99 },
      "there's no rush on my side",
    ],
    [
      "brings up what is going on in their life on a cadence touch",
      "client",
      { lastTouchOn: "2025-01-01", facts: [{ kind: "current", text: "the new bakery opening" }] },
      "I remembered you told me about the new bakery opening",
    ],
    [
      "owns an unanswered concern",
      "client",
      concern,
      "you raised a question about Second site, and I owe you a proper answer",
    ],
    [
      "brings up undated matters along the way",
      "client",
      { ...getBack, matters: [{ id: "m", summary: "the new puppy", kind: "family", followUpOn: null }] },
      "I'd love to hear about the new puppy",
    ],
    ["greets them by first name", "client", getBack, "Hi Ana, "],
  ])("%s", (_name, stage, extra, fragment) => {
    expect(suggest(person(stage, extra)).opener).toContain(fragment);
  });

  it.each<[string, Partial<BookContact>, string]>([
    [
      "a care package from a preference",
      { facts: [{ kind: "preference", text: "single-origin coffee" }] },
      "A small care package with something they enjoy (single-origin coffee)",
    ],
    [
      "a handwritten note about their news",
      { facts: [{ kind: "life_event", text: "their first grandchild" }] },
      "A handwritten note about their news (their first grandchild)",
    ],
    [
      "something for their goal",
      { facts: [{ kind: "goal", text: "opening a second shop" }] },
      "Something that moves their goal forward (opening a second shop): a useful article or contact",
    ],
    [
      "a plain thank-you note when we know nothing yet",
      {},
      "A handwritten thank-you note, for no particular reason",
    ],
  ])("offers %s with a give", (_name, extra, idea) => {
    expect(suggest(person("client", { ...getBack, ...extra })).idea).toBe(idea);
  });

  it("offers no idea with an ask", () => {
    expect(suggest(person("prospect", getBack)).idea).toBeUndefined();
  });

  it.each<[string, Stage, string | null, string]>([
    [
      "a client whose last give is old gets a no-occasion gift",
      "client",
      "2024-10-01",
      "No occasion needed: a care package with something they enjoy (jazz records)",
    ],
    ["a client who never got a give gets one", "client", null, "No occasion needed"],
    [
      "a client given to lately gets an ordinary idea",
      "client",
      "2025-02-01",
      "A small care package with something they enjoy (jazz records)",
    ],
    [
      "a customer is not on the no-occasion rhythm",
      "customer",
      "2024-01-01",
      "A small care package with something they enjoy (jazz records)",
    ],
  ])("%s", (_name, stage, lastGiveOn, idea) => {
    const c = person(stage, {
      lastTouchOn: "2024-12-01",
      lastGiveOn,
      facts: [{ kind: "preference", text: "jazz records" }],
    });
    expect(agendaItemFor(c, defaultAgendaSettings, today)?.reason.kind).toBe("cadence");
    expect(suggest(c).idea).toContain(idea);
  });

  it("picks the same idea for the same contact and day, and can vary across days", () => {
    const facts = [
      { kind: "interest", text: "sailing" },
      { kind: "family", text: "twins starting school" },
      { kind: "goal", text: "a marathon" },
    ] as const;
    const c = person("client", { lastTouchOn: "2024-01-01", lastGiveOn: "2025-03-01", facts: [...facts] });
    const ideaOn = (day: string) => agendaItemFor(c, defaultAgendaSettings, day)?.suggested.idea;
    expect(ideaOn(today)).toBe(ideaOn(today));
    const days = Array.from({ length: 20 }, (_, n) => `2025-04-${String(n + 1).padStart(2, "0")}`);
    expect(new Set(days.map(ideaOn)).size).toBeGreaterThan(1);
  });

  it.each<[Stage, Partial<BookContact>]>([
    ["customer", getBack],
    ["client", { contracts: [{ id: "k", title: "Plan", endsOn: "2025-04-01" }] }],
    ["client", { lastTouchOn: "2024-12-01" }],
    ["advocate", { birthday: "--03-14" }],
    ["customer", { lastTouchOn: today, recentIntents: ["ask", "ask"] }],
  ])("never pitches to someone at stage %s", (stage, extra) => {
    const { opener } = suggest(person(stage, extra));
    expect(opener).not.toMatch(/\b(offer|discount|upgrade|deal|buy|purchase|cancel|just checking)\b/i);
  });
});
