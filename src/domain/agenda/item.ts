// The agenda's public shapes: a day's ranked items, each with its reasons and suggestion.
import type { Channel, Intent, IsoDate, ReasonKind } from "../model.js";

export interface AgendaReason {
  kind: ReasonKind;
  detail: string;
  /** The computed due date: with contactId and kind, the key a done/dismissed/snoozed record uses. */
  dueOn: IsoDate;
  overdueDays: number;
  /** The matter, contract, concern or stored follow-up behind it. */
  refId?: string;
}

export interface AgendaItem {
  contactId: string;
  contactName: string;
  /** The top reason; all merged reasons, best first, are in `reasons`. */
  reason: AgendaReason;
  reasons: AgendaReason[];
  dueOn: IsoDate;
  overdueDays: number;
  priority: number;
  /** One readable line explaining the rank. */
  why: string;
  suggested: { intent: Intent; channel: Channel; opener: string; idea?: string };
  /** Undated personal matters to bring up during this touch (P3). */
  alsoAsk: { matterId: string; summary: string }[];
}

export interface Agenda {
  date: IsoDate;
  /** The first `agendaSize` items, best first. */
  items: AgendaItem[];
  /** The rest, in the same order. */
  later: AgendaItem[];
}
