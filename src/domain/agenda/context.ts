// What every reason needs to know about the day it is computed for.
import type { IsoDate, ReasonKind } from "../model.js";
import { dayNumber, fromDayNumber } from "./days.js";
import type { AgendaSettings } from "./settings.js";

export interface AgendaContext {
  settings: AgendaSettings;
  today: IsoDate;
  /** `today` as a day number (see days.ts). */
  todayDay: number;
  year: number;
  /** `YYYY-MM-DD` of a day number, remembered: the same few dates recur across a whole book. */
  isoOf(day: number): IsoDate;
}

export function contextFor(settings: AgendaSettings, today: IsoDate): AgendaContext {
  const known = new Map<number, IsoDate>();
  const isoOf = (day: number): IsoDate => {
    let iso = known.get(day);
    if (iso === undefined) known.set(day, (iso = fromDayNumber(day)));
    return iso;
  };
  return { settings, today, todayDay: dayNumber(today), year: Number(today.slice(0, 4)), isoOf };
}

/** One reason a contact is due, before merging into an agenda item. */
export interface Candidate {
  kind: ReasonKind;
  detail: string;
  dueDay: number;
  overdueDays: number;
  /** The matter, contract, concern or stored follow-up it comes from. */
  refId?: string;
  /** What the opener talks about: a matter's summary, a contract's title, a concern's text. */
  subject?: string;
  /** A second subject: the deal of a concern. */
  about?: string;
  /** A date the opener mentions (day number): agreed get-back, contract end, the proposal. */
  onDay?: number;
  /** Whole years, for anniversaries with a known year. */
  years?: number;
}
