// The relationship method's vocabulary (DESIGN.md §2) as plain types. Pure: no I/O, no clock.

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** An instant, ISO 8601 with offset (stored as UTC `…Z`). */
export type Instant = string;
/** A yearly date: `YYYY-MM-DD`, or `--MM-DD` when the year is unknown (ISO 8601 / vCard form). */
export type YearlyDate = string;

export const stages = ["prospect", "customer", "client", "advocate", "lost", "not_a_fit"] as const;
export type Stage = (typeof stages)[number];

/** Ranked warmest first (P7). */
export const channels = [
  "in_person",
  "video",
  "call",
  "handwritten",
  "message",
  "email",
  "gift",
  "event",
] as const;
export type Channel = (typeof channels)[number];

export const intents = ["give", "ask", "service"] as const;
export type Intent = (typeof intents)[number];

export const directions = ["outbound", "inbound"] as const;
export type Direction = (typeof directions)[number];

/** Conversation steps, in order (P5). */
export const steps = ["rapport", "listening", "needs", "solution", "decision"] as const;
export type Step = (typeof steps)[number];

export const factKinds = [
  "preference",
  "interest",
  "goal",
  "challenge",
  "family",
  "life_event",
  "how_we_met",
  "current",
] as const;
export type FactKind = (typeof factKinds)[number];

export const matterKinds = [
  "family",
  "health",
  "travel",
  "event",
  "work",
  "home",
  "hobby",
  "celebration",
  "other",
] as const;
export type MatterKind = (typeof matterKinds)[number];

export const matterStatuses = ["open", "done", "dismissed"] as const;
export type MatterStatus = (typeof matterStatuses)[number];

export const dealStages = [
  "exploring",
  "needs_understood",
  "solution_shared",
  "deciding",
  "won",
  "lost",
  "no_fit",
] as const;
export type DealStage = (typeof dealStages)[number];

export const concernStatuses = ["open", "answered", "acknowledged"] as const;
export type ConcernStatus = (typeof concernStatuses)[number];

export const contractStatuses = ["active", "renewed", "ended"] as const;
export type ContractStatus = (typeof contractStatuses)[number];

export const reasonKinds = [
  "get_back",
  "matter",
  "cadence",
  "feedback_call",
  "renewal",
  "birthday",
  "anniversary",
  "concern",
  "rebalance",
  "no_next_step",
  "manual",
] as const;
export type ReasonKind = (typeof reasonKinds)[number];

export const followUpStatuses = ["open", "done", "snoozed", "dismissed"] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

export const roles = ["owner", "member"] as const;
export type Role = (typeof roles)[number];

export interface Organization {
  id: string;
  name: string;
  website: string | null;
  notes: string;
  archivedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
  version: number;
}

export interface Contact {
  id: string;
  ownerId: string;
  organizationId: string | null;
  name: string;
  nickname: string | null;
  emails: string[];
  phones: string[];
  urls: string[];
  /** A label (`work`, `home`, `mobile` or the source's own) for an email, phone, URL or the address, keyed by that value. */
  labels: Record<string, string>;
  title: string | null;
  department: string | null;
  stage: Stage;
  birthday: YearlyDate | null;
  anniversary: YearlyDate | null;
  howWeMet: string | null;
  preferredChannel: Channel | null;
  cadenceDays: number | null;
  tags: string[];
  address: string | null;
  timeZone: string | null;
  /** Free notes about the person, as address books keep them. */
  notes: string | null;
  /** A picture: an https URL or a `data:image/…` URI. */
  photo: string | null;
  archivedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
  version: number;
}

export interface Touch {
  id: string;
  contactId: string;
  ownerId: string;
  dealId: string | null;
  occurredAt: Instant;
  channel: Channel;
  intent: Intent;
  direction: Direction;
  notes: string;
  steps: Step[];
  getBackOn: IsoDate | null;
  archivedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
  version: number;
}

export interface Fact {
  id: string;
  contactId: string;
  kind: FactKind;
  text: string;
  learnedOn: IsoDate;
  sourceTouchId: string | null;
  archivedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
  version: number;
}

export interface Matter {
  id: string;
  contactId: string;
  summary: string;
  kind: MatterKind;
  eventOn: IsoDate | null;
  followUpOn: IsoDate | null;
  status: MatterStatus;
  sourceTouchId: string | null;
  archivedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
  version: number;
}

/** A stored follow-up: one the user planned, or the record of acting on an agenda item. */
export interface FollowUp {
  id: string;
  contactId: string;
  ownerId: string;
  dueOn: IsoDate;
  reasonKind: ReasonKind;
  detail: string;
  status: FollowUpStatus;
  snoozedUntil: IsoDate | null;
  dismissReason: string | null;
  completedAt: Instant | null;
  archivedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
  version: number;
}

export interface Concern {
  id: string;
  dealId: string;
  text: string;
  status: ConcernStatus;
  response: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface Deal {
  id: string;
  contactId: string;
  ownerId: string;
  title: string;
  stage: DealStage;
  needs: string | null;
  decisionOn: IsoDate | null;
  outcomeFeedback: string | null;
  stageOverrideReason: string | null;
  /** What it is worth, in `currency` (ISO 4217); both null while there is no figure. */
  amount: number | null;
  currency: string | null;
  concerns: Concern[];
  archivedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
  version: number;
}

export interface Contract {
  id: string;
  contactId: string;
  title: string;
  startsOn: IsoDate | null;
  endsOn: IsoDate;
  value: number | null;
  status: ContractStatus;
  archivedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
  version: number;
}

/** Whether a contact has bought from us: past `prospect`, gives come before asks (P1). */
export function isPostSale(stage: Stage): boolean {
  return stage === "customer" || stage === "client" || stage === "advocate";
}
