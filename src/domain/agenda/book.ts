// One contact of an owner's book, as per-contact aggregates (the store computes each with set-based SQL).
// All dates are local calendar dates in the owner's time zone.
import { emptyLedger, type Ledger } from "../ledger.js";
import type {
  Channel,
  FactKind,
  FollowUpStatus,
  Intent,
  IsoDate,
  MatterKind,
  ReasonKind,
  Stage,
  YearlyDate,
} from "../model.js";

/** An open personal matter (P3). */
export interface BookMatter {
  id: string;
  summary: string;
  kind: MatterKind;
  /** When to ask about it; `null` means "ask at the next touch" (it rides along, never an item alone). */
  followUpOn: IsoDate | null;
  /** When it happens: the follow-up is never asked before the day after it. */
  eventOn?: IsoDate | null;
}

/** An active contract (P13). */
export interface BookContract {
  id: string;
  title: string;
  endsOn: IsoDate;
}

/** An open concern on one of their deals that nobody has answered yet (P8). */
export interface BookConcern {
  id: string;
  dealId: string;
  dealTitle: string;
  text: string;
  openedOn: IsoDate;
}

/** Something we know about them: the newest fact of each kind, newest first. */
export interface BookFact {
  kind: FactKind;
  text: string;
}

/** A stored follow-up: planned by the user (`manual`), or the record of acting on an agenda item. */
export interface BookFollowUp {
  id: string;
  /** For records of computed items, the computed due date: the key is contactId + reasonKind + dueOn. */
  dueOn: IsoDate;
  reasonKind: ReasonKind;
  status: FollowUpStatus;
  snoozedUntil: IsoDate | null;
  detail: string;
}

export interface BookContact {
  id: string;
  name: string;
  stage: Stage;
  /** `YYYY-MM-DD` or year-less `--MM-DD`. */
  birthday: YearlyDate | null;
  anniversary: YearlyDate | null;
  /** The contact's own cadence in days, overriding the stage's; `null` to use the stage's. */
  cadenceDays: number | null;
  preferredChannel: Channel | null;
  createdOn: IsoDate;
  /** Latest touch of any direction. */
  lastTouchOn: IsoDate | null;
  /** Latest inbound touch (they reached out). */
  lastInboundOn: IsoDate | null;
  /** Latest outbound touch with intent `ask` (a proposal, a pitch): starts a prospect's reply window. */
  lastAskOrProposalOn: IsoDate | null;
  /** Latest outbound touch with intent `give`: dates the last no-occasion gift. */
  lastGiveOn: IsoDate | null;
  /** Outbound touches after the latest inbound one (all of them if they never reached out). */
  unansweredOutbound: number;
  /** Intents of the last 5 outbound touches, newest first. */
  recentIntents: readonly Intent[];
  /** Outbound touches by intent over `ledgerWindowDays`. */
  ledger: Ledger;
  /** Get-back date of the latest touch that agreed one, unless some touch happened on or after that date. */
  openGetBackOn: IsoDate | null;
  matters: readonly BookMatter[];
  contracts: readonly BookContract[];
  concerns: readonly BookConcern[];
  facts: readonly BookFact[];
  followUps: readonly BookFollowUp[];
}

/**
 * A contact with nothing known yet: no touches, matters, contracts, facts or follow-ups.
 * @example newBookContact({ id: "c1", name: "Ana Ruiz", stage: "client", createdOn: "2025-01-06", lastTouchOn: "2025-03-01" })
 */
export function newBookContact(
  fields: Pick<BookContact, "id" | "name" | "stage" | "createdOn"> & Partial<BookContact>,
): BookContact {
  return {
    birthday: null,
    anniversary: null,
    cadenceDays: null,
    preferredChannel: null,
    lastTouchOn: null,
    lastInboundOn: null,
    lastAskOrProposalOn: null,
    lastGiveOn: null,
    unansweredOutbound: 0,
    recentIntents: [],
    ledger: emptyLedger,
    openGetBackOn: null,
    matters: [],
    contracts: [],
    concerns: [],
    facts: [],
    followUps: [],
    ...fields,
  };
}
