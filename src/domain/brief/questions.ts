// Questions worth asking (P2, P3, P5): open questions about what we do not know yet. Pure.
import { isFinalDealStage } from "../deals.js";
import { daysBetween } from "../dates.js";
import type { Contact, Deal, Fact, FactKind, IsoDate, Matter, MatterKind } from "../model.js";
import { isPostSale } from "../model.js";

/** At most this many questions: a call is a conversation, not a questionnaire. */
export const maxQuestions = 6;
const maxDealQuestions = 3;

// One open question per kind of fact; post-sale contacts get a variant where it reads better.
const factQuestions: Record<FactKind, { prospect: string; postSale?: string }> = {
  goal: { prospect: "What would you most like to achieve this year?" },
  challenge: { prospect: "What is taking more of your time or energy than it should at the moment?" },
  current: { prospect: "What is keeping you busy these days?" },
  interest: { prospect: "What do you enjoy doing when you are not working?" },
  preference: {
    prospect: "How do you like to keep in touch: a call, a coffee, or a short message?",
  },
  family: { prospect: "How do you usually spend a free weekend?" },
  life_event: { prospect: "Has anything changed for you recently, at work or at home?" },
  how_we_met: {
    prospect: "How did you first come across us?",
    postSale: "What made you choose us in the first place?",
  },
};

// Most valuable first: a prospect's aims come first; with a client, their life now comes first.
const prospectOrder: FactKind[] = [
  "goal",
  "challenge",
  "current",
  "interest",
  "preference",
  "life_event",
  "family",
  "how_we_met",
];
const postSaleOrder: FactKind[] = [
  "current",
  "goal",
  "challenge",
  "interest",
  "life_event",
  "family",
  "preference",
  "how_we_met",
];

/** Kinds of fact we know nothing about yet, most valuable first for this contact. */
export function unknownFactKinds(contact: Pick<Contact, "stage" | "howWeMet">, facts: Fact[]): FactKind[] {
  const known = new Set<FactKind>(facts.map((fact) => fact.kind));
  if (contact.howWeMet !== null && contact.howWeMet.trim() !== "") known.add("how_we_met");
  const order = isPostSale(contact.stage) ? postSaleOrder : prospectOrder;
  return order.filter((kind) => !known.has(kind));
}

/** Why a question is asked: to hear needs, to surface what is left unsaid, or to know them better. */
export type QuestionPurpose = "needs" | "truth" | "personal";

export interface Question {
  text: string;
  purpose: QuestionPurpose;
}

function dealQuestions(deals: Deal[]): Question[] {
  const questions: Question[] = [];
  for (const deal of deals) {
    if (isFinalDealStage(deal.stage)) continue;
    if (deal.needs === null || deal.needs.trim() === "") {
      const text = `What made you start looking into ${deal.title}, and what would a good result look like for you?`;
      questions.push({ text, purpose: "needs" });
    } else if (deal.stage === "solution_shared" || deal.stage === "deciding") {
      const text = `Is there anything about ${deal.title} we have not talked through yet that still worries you?`;
      questions.push({ text, purpose: "truth" });
    }
  }
  // Unheard needs come before what may be left unsaid.
  return [
    ...questions.filter((q) => q.purpose === "needs"),
    ...questions.filter((q) => q.purpose === "truth"),
  ].slice(0, maxDealQuestions);
}

/**
 * Open questions chosen from what we do not know: deals whose needs are unheard first, then what
 * may be left unsaid on deals further along, then one question per kind of fact with nothing
 * recorded. At most `maxQuestions`, most valuable first.
 */
export function chooseQuestions(
  contact: Pick<Contact, "stage" | "howWeMet">,
  facts: Fact[],
  deals: Deal[],
): Question[] {
  const postSale = isPostSale(contact.stage);
  const personal = unknownFactKinds(contact, facts).map((kind): Question => {
    const question = factQuestions[kind];
    return {
      text: postSale ? (question.postSale ?? question.prospect) : question.prospect,
      purpose: "personal",
    };
  });
  return [...dealQuestions(deals), ...personal].slice(0, maxQuestions);
}

/** The text of `chooseQuestions`, as the brief shows it. */
export function questionsToAsk(
  contact: Pick<Contact, "stage" | "howWeMet">,
  facts: Fact[],
  deals: Deal[],
): string[] {
  return chooseQuestions(contact, facts, deals).map((question) => question.text);
}

type Tense = "before" | "after";

// How to ask after a personal matter, by kind and by whether its date has come yet.
const matterQuestions: Record<MatterKind, Record<Tense, string>> = {
  family: { before: "How is everyone doing?", after: "How did it go?" },
  health: { before: "How are you feeling about it?", after: "How are you feeling now?" },
  travel: { before: "Is everything set for the trip?", after: "How was the trip?" },
  event: { before: "How are the preparations going?", after: "How did it go?" },
  work: { before: "How is that going?", after: "How did it turn out?" },
  home: { before: "How is it coming along?", after: "How did it all work out?" },
  hobby: { before: "Have you had time for it lately?", after: "How did it go?" },
  celebration: { before: "What are you planning?", after: "How was the celebration?" },
  other: { before: "How is that going?", after: "How did it turn out?" },
};

/**
 * A friendly question about a personal matter they told us about.
 * @example askAbout({ summary: "knee surgery", kind: "health", eventOn: "2025-02-10" }, "2025-03-01")
 * // "You mentioned knee surgery. How are you feeling now?"
 */
export function askAbout(matter: Pick<Matter, "summary" | "kind" | "eventOn">, today: IsoDate): string {
  const tense: Tense = matter.eventOn !== null && daysBetween(matter.eventOn, today) > 0 ? "after" : "before";
  const summary = matter.summary.trim().replace(/[.!?;,\s]+$/u, "");
  return `You mentioned ${summary}. ${matterQuestions[matter.kind][tense]}`;
}
