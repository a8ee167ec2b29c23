// What to do and how to open (P1, P7, P15): intent, channel, an opening line in our words, a give idea.
import { isPostSale, type Channel, type Intent, type ReasonKind } from "../model.js";
import type { BookContact, BookMatter } from "./book.js";
import { asidesFor } from "./asides.js";
import { baseChannel, channelAfterSilence } from "./channels.js";
import type { AgendaContext, Candidate } from "./context.js";
import { giveIdeas, plainGives, type GiveIdea } from "./ideas.js";
import { openerVariants, type Silence } from "./openers.js";
import { theMatter } from "./phrasing.js";
import { stretchLevel } from "./settings.js";
import { openerWords, type Wordings } from "./wording.js";

export interface Suggestion {
  intent: Intent;
  channel: Channel;
  opener: string;
  /** A concrete give, present whenever the intent is `give`. */
  idea?: string;
}

/** Prospect reasons that are part of the buying conversation; every other prospect touch is a give. */
const prospectAsks: ReadonlySet<ReasonKind> = new Set([
  "get_back",
  "feedback_call",
  "concern",
  "no_next_step",
  "manual",
]);

/** Post-sale: give, or service while one of their concerns is open (P1). Prospects: by reason. */
export function suggestedIntent(c: BookContact, kind: ReasonKind): Intent {
  if (isPostSale(c.stage)) return c.concerns.length > 0 ? "service" : "give";
  if (c.stage === "prospect" && prospectAsks.has(kind)) return "ask";
  return "give";
}

function firstName(name: string): string {
  const trimmed = name.trim();
  const space = trimmed.indexOf(" ");
  return space > 0 ? trimmed.slice(0, space) : trimmed;
}

const writtenChannels: ReadonlySet<Channel> = new Set(["handwritten", "message", "email", "gift"]);

function rideAlong(matters: readonly BookMatter[]): string {
  const first = matters[0];
  return first ? ` And while we talk, I'd love to hear about ${theMatter(first.summary)}.` : "";
}

/**
 * The suggestion for a merged item (`ranked`, best first), and the other wordings it could take. The
 * opener starts from the top reason and weaves in the others; `alsoAsk` are undated matters to bring
 * up. The channel is their preference or the reason's warm default, changed after unanswered touches;
 * a rebalancing give travels by the idea's own channel (a note, a parcel).
 */
export function suggestFor(
  c: BookContact,
  ranked: readonly Candidate[],
  ctx: AgendaContext,
  alsoAsk: readonly BookMatter[],
): { suggested: Suggestion; wordings: Wordings } {
  const top = ranked[0] as Candidate;
  const intent = suggestedIntent(c, top.kind);
  const level = stretchLevel(c.unansweredOutbound, ctx.settings);
  const channel = channelAfterSilence(top.kind, baseChannel(top.kind, c.stage, c.preferredChannel), level);
  const silence: Silence = level === 0 ? "none" : writtenChannels.has(channel) ? "written" : "spoken";
  const greeting = `Hi ${firstName(c.name)}, `;
  const after = asidesFor(c, ranked, ctx) + rideAlong(alsoAsk);
  const openers = openerVariants(c, top, ctx, intent, silence).map((body) => ({
    text: greeting + body + after,
    key: openerWords(body + after),
  }));
  const opener = (openers[0] as { text: string }).text;
  if (intent !== "give") return { suggested: { intent, channel, opener }, wordings: { openers, ideas: [] } };
  const matterKind = top.kind === "matter" ? c.matters.find((m) => m.id === top.refId)?.kind : undefined;
  // A rebalancing give travels by the idea's own channel; other items keep theirs.
  const channelOf = (idea: GiveIdea) => (top.kind === "rebalance" ? idea.channel : channel);
  const ideas = giveIdeas(c, top.kind, ctx, matterKind).map((idea) => ({
    text: idea.text,
    channel: channelOf(idea),
  }));
  const plainChannel = top.kind === "rebalance" ? "idea" : channel;
  const idea = ideas[0] ?? {
    text: (plainGives[0] as GiveIdea).text,
    channel: channelOf(plainGives[0] as GiveIdea),
  };
  return {
    suggested: { intent, channel: idea.channel, opener, idea: idea.text },
    wordings: { openers, ideas, plainChannel },
  };
}
