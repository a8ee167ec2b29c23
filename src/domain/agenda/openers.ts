// Opening lines in our words (P1, P3, P10, P13), several per reason: the first is preferred, the
// others let a day's agenda avoid saying the same thing to two people (wording.ts).
import type { FactKind, Intent, MatterKind, ReasonKind } from "../model.js";
import type { BookContact } from "./book.js";
import type { AgendaContext, Candidate } from "./context.js";
import { humanDate } from "./days.js";
import { aboutYou, theMatter } from "./phrasing.js";

/** How long they have been silent, as the opener sees it: answering, or not, on paper or by voice. */
export type Silence = "none" | "written" | "spoken";

const silenceLead: Record<Silence, string> = {
  none: "",
  written: "no need to reply to this, I just wanted you to know I've been thinking of you. ",
  spoken: "I know things get busy, so I'll keep this short. ",
};

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

/** The question to ask after a matter of this kind has happened. */
export function questionAfter(kind: MatterKind | undefined): string {
  return (kind && matterQuestion[kind]) ?? "How did it go?";
}

/** "today", or "on 3 May". */
export const on = (day: number | undefined, ctx: AgendaContext): string =>
  day === undefined || day === ctx.todayDay ? "today" : `on ${humanDate(day, ctx.todayDay)}`;

type OpenerFn = (
  c: BookContact,
  top: Candidate,
  ctx: AgendaContext,
  intent: Intent,
  silence: Silence,
) => string[];

function cadence(c: BookContact, intent: Intent, silence: Silence): string[] {
  const lead = silenceLead[silence];
  const prospect = c.stage === "prospect";
  const fact = factToTalkAbout(c, prospect ? ["goal", "challenge", "current"] : talkingPoint);
  const about = fact === null ? "" : aboutYou(fact);
  if (prospect && intent === "give") {
    const lines = fact
      ? [
          `I came across something that made me think of you, since ${about}, and wanted to pass it on. No strings attached.`,
          `I saw something this week that could be useful, since ${about}. I'm passing it on, with nothing attached.`,
        ]
      : [
          "I was thinking back to our conversation and wondered how things are going on your side. What's on your plate at the moment?",
          "I hope the last few weeks have treated you well. What's taking most of your attention at the moment?",
          "no agenda today: I'd simply like to hear how things are going for you. What's new?",
        ];
    return lines.map((line) => lead + line);
  }
  const lines = fact
    ? [
        `I remembered ${about}. How is that going?`,
        `you came to mind the other day, since ${about}. How is it going?`,
        `I was wondering how things have moved on, since ${about}. What's new?`,
      ]
    : [
        "it's been a while and I'd love to hear how you are. What's keeping you busy these days?",
        "I was thinking of you this week and wondered how things are going. What's new on your side?",
        "it feels like a while since we caught up properly. How have the last few weeks been for you?",
        "I'd love to hear how you're getting on. What has been the best part of your month so far?",
      ];
  return lines.map((line) => lead + line);
}

function renewal(top: Candidate, ctx: AgendaContext): string[] {
  const plan = top.subject ?? "your plan";
  const when = on(top.onDay, ctx);
  if (top.onDay !== undefined && top.onDay < ctx.todayDay) {
    return [
      `${plan} came up for renewal ${when}, and before anything else I'd love to hear how it's been for you: what works, what doesn't, and what has changed on your side. Could we find time to talk it over?`,
      `now that ${plan} has reached its renewal date, I'd like to hear honestly how it has been working for you. Could we find half an hour to talk it through?`,
    ];
  }
  return [
    `before ${plan} comes up for renewal ${when}, I'd love to hear how it's been for you: what works, what doesn't, and what has changed on your side. Could we find time to talk it over?`,
    `${plan} comes up for renewal ${when}, and before anything else I'd like to hear how it has been working for you. Could we sit down and talk it through?`,
  ];
}

const openers: Record<ReasonKind, OpenerFn> = {
  get_back: (_c, top, ctx, intent) =>
    intent === "ask"
      ? [
          `we said we would get back to each other ${on(top.onDay, ctx)}, so here I am, as agreed. Whatever you've decided is fine with me: what feels like the right next step for you?`,
          `as we agreed, I'm getting back to you ${on(top.onDay, ctx)}. There's no wrong answer on my side: where have you landed, and what would help you from here?`,
        ]
      : [
          `we agreed to talk again ${on(top.onDay, ctx)} and I wanted to keep my word. How are things on your side, and is there anything I can help with?`,
          `I promised I'd be in touch ${on(top.onDay, ctx)}, so here I am. What's been happening since we last spoke, and is there anything I can do for you?`,
        ],
  matter: (c, top) => {
    const kind = c.matters.find((m) => m.id === top.refId)?.kind;
    const what = top.subject ? theMatter(top.subject) : "something important to you";
    const question = questionAfter(kind);
    return [
      `you mentioned ${what} when we last spoke, and I've been wondering about it. ${question}`,
      `I've been thinking about ${what} since you told me about it. ${question}`,
    ];
  },
  cadence: (c, _top, _ctx, intent, silence) => cadence(c, intent, silence),
  feedback_call: (_c, top, ctx) => {
    const sent = on(top.onDay, ctx);
    return [
      `I sent the proposal over ${sent} and wanted to make this easy: there's no rush on my side. Is it still something you're weighing up, or has something changed for you? Either answer helps me.`,
      `I've been thinking about the proposal I sent ${sent}. If it missed the mark, I'd honestly like to know what to change. How does it look from your side?`,
      `no pressure at all about the proposal I sent ${sent}. I'd just like to hear where things stand for you, and whether it still fits what you need.`,
      `a quick, honest question about the proposal I sent ${sent}: did it answer what you needed, or did I miss something? Whatever the answer, it helps.`,
    ];
  },
  renewal: (_c, top, ctx) => renewal(top, ctx),
  birthday: () => [
    "happy birthday! I hope you get to spend the day doing something you love.",
    "happy birthday! I hope the day brings you something good, and a little time for yourself.",
    "happy birthday! Wishing you a lovely day and a great year ahead.",
  ],
  anniversary: (_c, top) => {
    const years = top.years ? `, ${top.years} years` : "";
    return [
      `happy anniversary${years}! I hope it's a good day for you.`,
      `happy anniversary${years}! Here's to the years behind you and the ones ahead.`,
    ];
  },
  manual: () => [
    "I'd made a note to get in touch today. How are things with you?",
    "I'd planned to get in touch today, so here I am. How have you been?",
  ],
  concern: (_c, top) => {
    const deal = top.about ?? "our proposal";
    return [
      `you raised a question about ${deal}, and I owe you a proper answer. Could we go through it together?`,
      `I've been thinking about the question you raised on ${deal}, and I'd like to give you a proper answer. When could we go through it together?`,
    ];
  },
  rebalance: () => [
    "no agenda this time, just something I thought you'd appreciate.",
    "nothing to ask today: I came across something I thought you'd enjoy.",
    "just a small thank-you for working with us, with nothing attached.",
    "I wanted to pass on something useful, with no request attached.",
  ],
  no_next_step: (c) =>
    c.stage === "prospect"
      ? [
          "could we pick a day to get back to each other? Whatever you decide, it saves us both from wondering.",
          "shall we agree on a day to talk again? That way neither of us is left guessing.",
        ]
      : [
          "it would be good to stay in touch. Could we pencil in a time to catch up in a few weeks?",
          "I'd like to make sure we don't lose touch. Would a catch-up in a few weeks suit you?",
        ],
};

/** The ways to open on the top reason, best first (after "Hi {first name}, "). */
export function openerVariants(
  c: BookContact,
  top: Candidate,
  ctx: AgendaContext,
  intent: Intent,
  silence: Silence,
): string[] {
  return openers[top.kind](c, top, ctx, intent, silence);
}
