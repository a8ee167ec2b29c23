// Assembles the call brief (P6) from what the services loaded. Pure: `today` is a parameter.
import { openConcerns } from "../deals.js";
import { daysBetween, isValidTimeZone, localDate } from "../dates.js";
import type { Contract, Deal, Fact, FactKind, IsoDate, Matter, Touch } from "../model.js";
import { likelyAnswers } from "./answers.js";
import { briefWarnings, callGoal } from "./goal.js";
import { callPlan } from "./plan.js";
import { askAbout, chooseQuestions } from "./questions.js";
import type {
  Brief,
  BriefFact,
  BriefContract,
  BriefGetBack,
  BriefInput,
  BriefMatter,
  BriefNeed,
  BriefTouch,
} from "./types.js";

const maxTouches = 5;
const maxLifeNow = 8;
const summaryLength = 120;
/** "What's going on now" and life events go stale; family, interests and goals do not. */
const freshForDays = 180;
const lifeKinds = new Set<FactKind>(["life_event", "current", "family", "interest", "goal"]);
const staleKinds = new Set<FactKind>(["life_event", "current"]);

/** The first ~`length` characters of a note, cut at a word, whitespace collapsed. */
export function summarise(notes: string, length = summaryLength): string {
  const flat = notes.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/u, "")}…`;
}

function newestFirst(a: Fact, b: Fact): number {
  return b.learnedOn.localeCompare(a.learnedOn) || b.createdAt.localeCompare(a.createdAt);
}

function lastTouches(touches: Touch[], timeZone: string): BriefTouch[] {
  return [...touches]
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
    .slice(0, maxTouches)
    .map((touch) => ({
      touchId: touch.id,
      on: localDate(touch.occurredAt, timeZone),
      channel: touch.channel,
      intent: touch.intent,
      direction: touch.direction,
      summary: summarise(touch.notes),
    }));
}

function lifeNow(facts: Fact[], today: IsoDate): BriefFact[] {
  return facts
    .filter((fact) => lifeKinds.has(fact.kind))
    .filter((fact) => !staleKinds.has(fact.kind) || daysBetween(fact.learnedOn, today) <= freshForDays)
    .slice(0, maxLifeNow)
    .map((fact) => ({ kind: fact.kind, text: fact.text, learnedOn: fact.learnedOn }));
}

function openMatters(matters: Matter[], today: IsoDate): BriefMatter[] {
  return matters
    .filter((matter) => matter.status === "open")
    .sort((a, b) => (a.followUpOn ?? "9999-12-31").localeCompare(b.followUpOn ?? "9999-12-31"))
    .map((matter) => ({
      matterId: matter.id,
      summary: matter.summary,
      eventOn: matter.eventOn,
      followUpOn: matter.followUpOn,
      askAbout: askAbout(matter, today),
    }));
}

const live = (deal: Deal) => deal.stage !== "lost" && deal.stage !== "no_fit";

function needsOf(deals: Deal[]): BriefNeed[] {
  const withNeeds = deals.filter((deal) => live(deal) && deal.needs !== null && deal.needs.trim() !== "");
  // Open deals first: won deals' needs are context, open ones are the conversation.
  const ordered = [
    ...withNeeds.filter((d) => d.stage !== "won"),
    ...withNeeds.filter((d) => d.stage === "won"),
  ];
  return ordered.map((deal) => ({ dealTitle: deal.title, needs: deal.needs ?? "", stage: deal.stage }));
}

/** A contract counts as near while its renewal window opens within this many days. */
const nearDays = 30;

function contractsOf(contracts: Contract[], windowDays: number, today: IsoDate): BriefContract[] {
  return contracts
    .filter((contract) => contract.status === "active")
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn))
    .map((contract) => {
      const left = daysBetween(today, contract.endsOn);
      const renewal =
        left < 0 ? "ended" : left <= windowDays ? "due" : left <= windowDays + nearDays ? "near" : "later";
      return { contractId: contract.id, title: contract.title, endsOn: contract.endsOn, renewal };
    });
}

function getBack(value: BriefInput["lastGetBack"], today: IsoDate): BriefGetBack | null {
  if (value === null) return null;
  const when = value.on < today ? "past" : value.on === today ? "today" : "upcoming";
  return { on: value.on, touchId: value.touchId, when };
}

/**
 * The preparation sheet for a call with one contact.
 * @example assembleBrief({ contact, organizationName: null, health: null, recentTouches: [], … }, "2025-03-01")
 */
export function assembleBrief(input: BriefInput, today: IsoDate): Brief {
  const { contact, ledger, deals } = input;
  const timeZone = contact.timeZone !== null && isValidTimeZone(contact.timeZone) ? contact.timeZone : "UTC";
  const facts = [...input.facts].sort(newestFirst);
  const lastGetBack = getBack(input.lastGetBack, today);
  const questions = chooseQuestions(contact, facts, deals);
  const sheet = {
    contact: {
      id: contact.id,
      name: contact.name,
      stage: contact.stage,
      title: contact.title,
      organization: input.organizationName,
    },
    health: input.health,
    ledger: {
      give: ledger.give,
      ask: ledger.ask,
      service: ledger.service,
      balance: ledger.give - ledger.ask,
    },
    agendaReasons: input.agendaReasons,
    contracts: contractsOf(input.contracts, input.renewalWindowDays, today),
    lastTouches: lastTouches(input.recentTouches, timeZone),
    lifeNow: lifeNow(facts, today),
    openMatters: openMatters(input.matters, today),
    needs: needsOf(deals),
    openConcerns: deals
      .filter(live)
      .flatMap((deal) =>
        openConcerns(deal).map((concern) => ({ dealTitle: deal.title, text: concern.text })),
      ),
    lastGetBack,
    questionsToAsk: questions.map((question) => question.text),
    likelyAnswers: likelyAnswers(input.pastConcerns, contact.stage),
    goal: callGoal(contact.stage, deals, lastGetBack),
    warnings: briefWarnings(contact.stage, ledger, deals, lastGetBack, today),
  };
  return { ...sheet, plan: callPlan({ ...sheet, questions, deals, facts }) };
}
