// What to do and how to open (P1, P7, P15): intent, channel, an opening line in our words, a give idea.
import {
  isPostSale,
  type Channel,
  type FactKind,
  type Intent,
  type MatterKind,
  type ReasonKind,
} from "../model.js";
import type { BookContact, BookMatter } from "./book.js";
import { baseChannel, channelAfterSilence } from "./channels.js";
import type { AgendaContext, Candidate } from "./context.js";
import { humanDate } from "./days.js";
import { giveIdea } from "./ideas.js";
import { aboutYou, theMatter } from "./phrasing.js";
import { stretchLevel } from "./settings.js";

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

const talkingPoint: readonly FactKind[] = [
  "current",
  "life_event",
  "goal",
  "challenge",
  "family",
  "interest",
];

function factToTalkAbout(c: BookContact, kinds: readonly FactKind[] = talkingPoint): string | null {
  for (const kind of kinds) {
    const fact = c.facts.find((f) => f.kind === kind);
    if (fact) return fact.text;
  }
  return null;
}

const matterQuestion: Partial<Record<MatterKind, string>> = {
  health: "How are you feeling now?",
  travel: "How was the trip?",
  home: "How is it all coming together?",
  work: "How did it turn out?",
};

/** How long they have been silent, as the opener sees it: answering, or not, on paper or by voice. */
type Silence = "none" | "written" | "spoken";

const silenceLead: Record<Silence, string> = {
  none: "",
  written: "no need to reply to this, I just wanted you to know I've been thinking of you. ",
  spoken: "I know things get busy, so I'll keep this short. ",
};

const writtenChannels: ReadonlySet<Channel> = new Set(["handwritten", "message", "email", "gift"]);

type OpenerFn = (
  c: BookContact,
  top: Candidate,
  ctx: AgendaContext,
  intent: Intent,
  silence: Silence,
) => string;

const on = (day: number | undefined, ctx: AgendaContext): string =>
  day === undefined || day === ctx.todayDay ? "today" : `on ${humanDate(day, ctx.todayDay)}`;

const openers: Record<ReasonKind, OpenerFn> = {
  get_back: (_c, top, ctx, intent) =>
    intent === "ask"
      ? `we said we would get back to each other ${on(top.onDay, ctx)}, so here I am, as agreed. Whatever you've decided is fine with me: what feels like the right next step for you?`
      : `we agreed to talk again ${on(top.onDay, ctx)} and I wanted to keep my word. How are things on your side, and is there anything I can help with?`,
  matter: (c, top) => {
    const kind = c.matters.find((m) => m.id === top.refId)?.kind;
    const what = top.subject ? theMatter(top.subject) : "something important to you";
    return `you mentioned ${what} when we last spoke, and I've been wondering about it. ${(kind && matterQuestion[kind]) ?? "How did it go?"}`;
  },
  cadence: (c, _top, _ctx, intent, silence) => {
    const lead = silenceLead[silence];
    const fact = factToTalkAbout(c, c.stage === "prospect" ? ["goal", "challenge", "current"] : talkingPoint);
    if (c.stage === "prospect" && intent === "give") {
      return fact
        ? `${lead}I came across something that made me think of you, since ${aboutYou(fact)}, and wanted to pass it on. No strings attached.`
        : `${lead}I was thinking back to our conversation and wondered how things are going on your side. What's on your plate at the moment?`;
    }
    return fact
      ? `${lead}I remembered ${aboutYou(fact)}. How is that going?`
      : `${lead}it's been a while and I'd love to hear how you are. What's keeping you busy these days?`;
  },
  feedback_call: (_c, top, ctx) =>
    `I haven't heard from you since the proposal ${on(top.onDay, ctx)}, and that's all right: if the timing or the fit isn't there, I'd rather know than keep you wondering. Would you tell me honestly what I could have done better?`,
  renewal: (_c, top, ctx) => {
    const plan = `"${top.subject ?? "your plan"}"`;
    const when =
      top.onDay !== undefined && top.onDay < ctx.todayDay
        ? `${plan} came up for renewal ${on(top.onDay, ctx)}, and before anything else`
        : `before ${plan} comes up ${on(top.onDay, ctx)},`;
    return `${when} I'd love to hear how it's been for you: what works, what doesn't, and what has changed on your side. Could we find time to talk it over?`;
  },
  birthday: () => "happy birthday! I hope you get to spend the day doing something you love.",
  anniversary: (_c, top) =>
    `happy anniversary${top.years ? `, ${top.years} years` : ""}! I hope it's a good day for you.`,
  manual: () => "I'd made a note to get in touch today. How are things with you?",
  concern: (_c, top) =>
    `you raised a question about "${top.about ?? "our proposal"}": ${top.subject ?? ""}. I owe you a proper answer. Could we go through it together?`,
  rebalance: () => "no agenda this time, just something I thought you'd appreciate.",
  no_next_step: (c) =>
    c.stage === "prospect"
      ? "could we pick a day to get back to each other? Whatever you decide, it saves us both from wondering."
      : "it would be good to stay in touch. Could we pencil in a time to catch up in a few weeks?",
};

function rideAlong(matters: readonly BookMatter[]): string {
  const first = matters[0];
  return first ? ` And while we talk, I'd love to hear about ${theMatter(first.summary)}.` : "";
}

/**
 * The suggestion for a merged item, from its top reason. `alsoAsk` are undated matters to bring up.
 * The channel is their preference or the reason's warm default, changed after unanswered touches;
 * a rebalancing give travels by the idea's own channel (a note, a parcel).
 */
export function suggestFor(
  c: BookContact,
  top: Candidate,
  ctx: AgendaContext,
  alsoAsk: readonly BookMatter[],
): Suggestion {
  const intent = suggestedIntent(c, top.kind);
  const level = stretchLevel(c.unansweredOutbound, ctx.settings);
  let channel = channelAfterSilence(top.kind, baseChannel(top.kind, c.stage, c.preferredChannel), level);
  const silence: Silence = level === 0 ? "none" : writtenChannels.has(channel) ? "written" : "spoken";
  const opener = `Hi ${firstName(c.name)}, ${openers[top.kind](c, top, ctx, intent, silence)}${rideAlong(alsoAsk)}`;
  if (intent !== "give") return { intent, channel, opener };
  const matterKind = top.kind === "matter" ? c.matters.find((m) => m.id === top.refId)?.kind : undefined;
  const idea = giveIdea(c, top.kind, ctx, matterKind);
  if (top.kind === "rebalance") channel = idea.channel;
  return { intent, channel, opener, idea: idea.text };
}
