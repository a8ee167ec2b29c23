// The call plan (P5): rapport, listening, needs, solution; each with what to do for this contact.
import type { Deal, Fact } from "../model.js";
import { isPostSale } from "../model.js";
import { leadingDeal } from "./goal.js";
import type { Question } from "./questions.js";
import type { Brief, PlanItem } from "./types.js";

/** What the plan reads from the assembled brief and the raw input. */
export type PlanContext = Pick<Brief, "contact" | "openMatters" | "lifeNow" | "needs" | "openConcerns"> & {
  questions: Question[];
  deals: Deal[];
  /** Newest first. */
  facts: Fact[];
};

function rapport(ctx: PlanContext): PlanItem {
  const avoid = "Opening with the product, a price or a request.";
  const matter = ctx.openMatters[0];
  if (matter !== undefined) {
    return {
      step: "rapport",
      doThis: `Start with them, not with business. Ask: "${matter.askAbout}"`,
      avoid,
    };
  }
  const fact = ctx.lifeNow[0];
  if (fact !== undefined) {
    return {
      step: "rapport",
      doThis: `Start with something you know about their life ("${fact.text}") and ask how it is going.`,
      avoid,
    };
  }
  return {
    step: "rapport",
    doThis:
      "Ask how they are and what is keeping them busy; listen for something personal worth remembering.",
    avoid,
  };
}

function listening(ctx: PlanContext): PlanItem {
  // What may be left unsaid is asked at the end, with the solution; listening is for the rest.
  const [first, second] = ctx.questions.filter((q) => q.purpose !== "truth").map((q) => q.text);
  let doThis = "Ask open questions about what has changed since you last spoke, and let them talk.";
  if (first !== undefined) {
    doThis = `Ask open questions and let them talk. Start with: "${first}"`;
    if (second !== undefined) doThis += ` Then: "${second}"`;
  }
  return { step: "listening", doThis, avoid: "Interrupting to present, or answering your own questions." };
}

function needs(ctx: PlanContext): PlanItem {
  const recorded = ctx.needs.map((need) => `${need.dealTitle}: ${need.needs}`);
  let doThis =
    recorded.length > 0
      ? `Check that what you noted is still true (${recorded.join("; ")}) and ask what has changed.`
      : "Play back what you heard, in their words, and ask whether you got it right.";
  const [concern, ...more] = ctx.openConcerns;
  if (concern !== undefined) {
    const others = more.length > 0 ? ` (and ${more.length} more)` : "";
    doThis += ` Ask about the open concern on ${concern.dealTitle}: "${concern.text}"${others}.`;
  }
  return { step: "needs", doThis, avoid: "Assuming you already know what they need." };
}

function solution(ctx: PlanContext): PlanItem {
  const deal = leadingDeal(ctx.deals);
  const needsKnown = deal !== null && deal.needs !== null && deal.needs.trim() !== "";
  if (deal?.stage === "deciding") {
    return {
      step: "solution",
      doThis: `Ask where they stand on ${deal.title} and whether anything still holds them back. Agree the next step, or a day to get back to each other.`,
      avoid: "Pushing for a decision on the phone.",
    };
  }
  if (deal !== null && needsKnown) {
    return {
      step: "solution",
      doThis:
        "Share only what fits the needs they confirmed, briefly, then offer to meet and go through it properly.",
      avoid: "Presenting everything you have.",
    };
  }
  if (deal !== null) {
    return {
      step: "solution",
      doThis: "Not yet: no solution before their needs are clear. Offer to meet and understand them better.",
      avoid: "Presenting before you have listened.",
    };
  }
  if (isPostSale(ctx.contact.stage)) {
    const challenge = ctx.facts.find((fact) => fact.kind === "challenge");
    const offer =
      challenge === undefined ? "an introduction, an article, an idea" : `help with "${challenge.text}"`;
    return {
      step: "solution",
      doThis: `No pitch today. Offer something useful: ${offer}.`,
      avoid: "Turning a catch-up into a sales call.",
    };
  }
  return {
    step: "solution",
    doThis: "If a need comes up, do not solve it on the phone: offer to meet, face to face if you can.",
    avoid: "Pitching before there is a need.",
  };
}

/** The four steps of the call, in order, each specific to this contact. */
export function callPlan(ctx: PlanContext): PlanItem[] {
  return [rapport(ctx), listening(ctx), needs(ctx), solution(ctx)];
}
