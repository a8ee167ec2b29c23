// The call brief (P6): what the services hand in, and the sheet that comes out (served as JSON as is).
import type {
  Channel,
  Contact,
  Contract,
  Deal,
  DealStage,
  Direction,
  Fact,
  FactKind,
  Intent,
  IsoDate,
  Matter,
  ReasonKind,
  Stage,
  Step,
  Touch,
} from "../model.js";
import type { Warning } from "../steps.js";

export interface HealthPart {
  key: string;
  score: number;
  detail: string;
}

export interface BriefHealth {
  score: number;
  parts: HealthPart[];
}

export interface LedgerCounts {
  give: number;
  ask: number;
  service: number;
}

export interface PastConcern {
  text: string;
  response: string | null;
}

/** Everything the brief needs about one contact, loaded by the services layer. */
export interface BriefInput {
  contact: Contact;
  organizationName: string | null;
  health: BriefHealth | null;
  /** Newest first; only the first five are used. */
  recentTouches: Touch[];
  ledger: LedgerCounts;
  facts: Fact[];
  /** Open personal matters (others are ignored). */
  matters: Matter[];
  /** The contact's deals, with their concerns. */
  deals: Deal[];
  lastGetBack: { on: IsoDate; touchId: string } | null;
  /** Answered or acknowledged concerns: this contact's first, then their organization's. */
  pastConcerns: PastConcern[];
  /** Their active contracts. */
  contracts: Contract[];
  /** Days before a contract ends that its renewal conversation is due (the agenda's setting). */
  renewalWindowDays: number;
  /** Why they are on today's agenda, best first (none when nothing is due). */
  agendaReasons: BriefReason[];
}

export interface BriefReason {
  kind: ReasonKind;
  detail: string;
}

export interface BriefContract {
  contractId: string;
  title: string;
  endsOn: IsoDate;
  /** Where its renewal stands today: past its end, inside the renewal window, near it, or later. */
  renewal: "ended" | "due" | "near" | "later";
}

export interface BriefTouch {
  touchId: string;
  on: IsoDate;
  channel: Channel;
  intent: Intent;
  direction: Direction;
  summary: string;
}

export interface BriefFact {
  kind: FactKind;
  text: string;
  learnedOn: IsoDate;
}

export interface BriefMatter {
  matterId: string;
  summary: string;
  eventOn: IsoDate | null;
  followUpOn: IsoDate | null;
  askAbout: string;
}

export interface BriefNeed {
  dealTitle: string;
  needs: string;
  stage: DealStage;
}

export interface BriefConcern {
  dealTitle: string;
  text: string;
}

export interface BriefGetBack {
  on: IsoDate;
  touchId: string;
  /** Where the agreed date sits relative to the day of the brief. */
  when: "past" | "today" | "upcoming";
}

export type PlanStep = Exclude<Step, "decision">;

export interface PlanItem {
  step: PlanStep;
  doThis: string;
  avoid?: string;
}

export interface LikelyAnswer {
  theyMaySay: string;
  weRespond: string;
  /** `past`: a concern of theirs or their organization's answered before; `generic`: an honest default. */
  source: "past" | "generic";
}

export interface Brief {
  contact: { id: string; name: string; stage: Stage; title: string | null; organization: string | null };
  health: BriefHealth | null;
  /** `balance` is gives minus asks: positive means we give more than we take (P4). */
  ledger: LedgerCounts & { balance: number };
  /** Why they are on today's agenda, best first. */
  agendaReasons: BriefReason[];
  /** Active contracts, soonest end first. */
  contracts: BriefContract[];
  lastTouches: BriefTouch[];
  lifeNow: BriefFact[];
  openMatters: BriefMatter[];
  needs: BriefNeed[];
  openConcerns: BriefConcern[];
  lastGetBack: BriefGetBack | null;
  questionsToAsk: string[];
  /** Rapport, listening, needs, solution: in that order, always four items. */
  plan: PlanItem[];
  likelyAnswers: LikelyAnswer[];
  goal: string;
  warnings: Warning[];
}
