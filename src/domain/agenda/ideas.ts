// Concrete give ideas (P15), drawn from what we know about them. Deterministic: no randomness.
import type { Channel, FactKind, MatterKind, ReasonKind } from "../model.js";
import type { BookContact, BookFact } from "./book.js";
import type { AgendaContext } from "./context.js";
import { dayNumber } from "./days.js";
import { isAboutReaching } from "./phrasing.js";

export interface GiveIdea {
  text: string;
  /** How the give travels: a note on paper, a parcel, a message with a link. */
  channel: Channel;
}

const fromFact: Record<FactKind, (text: string) => GiveIdea> = {
  preference: (t) => ({ text: `A small care package with something they enjoy (${t})`, channel: "gift" }),
  interest: (t) => ({
    text: `A book, an article or a ticket that feeds their interest (${t})`,
    channel: "gift",
  }),
  goal: (t) => ({
    text: `Something that moves their goal forward (${t}): a useful article or contact`,
    channel: "message",
  }),
  challenge: (t) => ({
    text: `An introduction to someone who has been through it (${t})`,
    channel: "message",
  }),
  family: (t) => ({ text: `A handwritten note asking after their family (${t})`, channel: "handwritten" }),
  life_event: (t) => ({ text: `A handwritten note about their news (${t})`, channel: "handwritten" }),
  how_we_met: (t) => ({ text: `A handwritten note remembering how you met (${t})`, channel: "handwritten" }),
  current: (t) => ({
    text: `A handwritten note about what they have going on (${t})`,
    channel: "handwritten",
  }),
};

/** Gives that need nothing known about them: the first is preferred, the others vary a day's agenda. */
export const plainGives: readonly GiveIdea[] = [
  { text: "A handwritten thank-you note, for no particular reason", channel: "handwritten" },
  {
    text: "An article or a podcast they would enjoy, with a line on why you thought of them",
    channel: "message",
  },
  { text: "An introduction to someone in your network they would like to meet", channel: "message" },
  { text: "An invitation to coffee, with no agenda", channel: "in_person" },
  { text: "A word about their business to someone who could use it", channel: "message" },
  { text: "A book you found useful, with a short note inside", channel: "gift" },
  { text: "A clipping or a photo that reminded you of them, with a line or two", channel: "handwritten" },
  { text: "A tip or a template from your own work that could save them time", channel: "email" },
];

/** FNV-1a: a stable small hash, so the same contact on the same day gets the same idea. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The items rotated to start at a stable pick for this contact and day. */
function rotated<T>(items: readonly T[], contactId: string, ctx: AgendaContext): T[] {
  if (items.length <= 1) return [...items];
  const start = hash(`${contactId}|${ctx.today}`) % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

/** Facts worth a give: all but preferences about how to reach them (calls before 9am…). */
function giveFacts(c: BookContact): BookFact[] {
  return c.facts.filter((f) => f.kind !== "preference" || !isAboutReaching(f.text));
}

/** Facts a gift can build on: interests, and preferences about what they enjoy. */
function giftFacts(c: BookContact): BookFact[] {
  return giveFacts(c).filter((f) => f.kind === "interest" || f.kind === "preference");
}

/** Whether a client or advocate is due a no-occasion give: their last give is older than the setting. */
export function noOccasionGiveDue(c: BookContact, ctx: AgendaContext): boolean {
  if (c.stage !== "client" && c.stage !== "advocate") return false;
  return (
    c.lastGiveOn === null || ctx.todayDay - dayNumber(c.lastGiveOn) >= ctx.settings.noOccasionGiftEveryDays
  );
}

function matterIdea(kind: MatterKind | undefined): GiveIdea | null {
  if (kind === "health")
    return { text: "A handwritten get-well card, or a small care package", channel: "handwritten" };
  if (kind === "celebration")
    return { text: "A handwritten card to celebrate with them", channel: "handwritten" };
  return null;
}

/**
 * The give ideas for an item whose top reason is `kind`, best first. Birthdays favour a parcel tied to
 * what they enjoy; cadence touches of clients and advocates whose last give is old become no-occasion
 * gifts. Empty when nothing known fits: `plainGives` then serve, one person after another.
 */
export function giveIdeas(
  c: BookContact,
  kind: ReasonKind,
  ctx: AgendaContext,
  matterKind?: MatterKind,
): GiveIdea[] {
  const forMatter = kind === "matter" ? matterIdea(matterKind) : null;
  const ideas: GiveIdea[] = forMatter ? [forMatter] : [];
  if (kind === "birthday" || kind === "anniversary") {
    const occasion = kind === "birthday" ? "birthday" : "anniversary";
    for (const fact of rotated(giftFacts(c), c.id, ctx)) {
      ideas.push({
        text: `A small ${occasion} parcel with something they enjoy (${fact.text})`,
        channel: "gift",
      });
    }
    ideas.push({ text: `A handwritten ${occasion} card`, channel: "handwritten" });
  } else if (kind === "cadence" && noOccasionGiveDue(c, ctx)) {
    for (const fact of rotated(giftFacts(c), c.id, ctx)) {
      ideas.push({
        text: `No occasion needed: a care package with something they enjoy (${fact.text})`,
        channel: "gift",
      });
    }
    ideas.push({
      text: "No occasion needed: a handwritten note saying you were thinking of them",
      channel: "handwritten",
    });
  }
  for (const fact of rotated(giveFacts(c), c.id, ctx)) ideas.push(fromFact[fact.kind](fact.text));
  return ideas;
}
