// The give/take ledger (P4) and the "sales mode" guard (P1): after the sale, give before you ask.
import { addDays, startOfDayIn } from "./dates.js";
import { isPostSale, type Instant, type Intent, type IsoDate, type Stage } from "./model.js";

/** Outbound touches by intent over the ledger window. */
export interface Ledger {
  give: number;
  ask: number;
  service: number;
}

export interface SalesModeWarning {
  code: "sales_mode";
  /** One line for the UI. */
  message: string;
  /** Why, with the figures. */
  detail: string;
  /** The ledger as it would stand with the planned ask counted. */
  ledger: Ledger & { balance: number };
}

/** No touches: the one place the empty ledger is written (frozen: copy it to count into). */
export const emptyLedger: Readonly<Ledger> = Object.freeze({ give: 0, ask: 0, service: 0 });

/**
 * Whole local days as instants, half-open `[from, until)`: a touch counts when it happened on one of
 * the days in the user's time zone. Every ledger (API, agenda, insights, health, sales mode) uses it.
 */
export interface DayWindow {
  /** First local day, and the instant it starts. */
  firstDay: IsoDate;
  from: Instant;
  /** The instant the day after the last one starts. */
  until: Instant;
}

/**
 * The local days `firstDay`..`lastDay` (inclusive) in an IANA time zone.
 * @example daysWindow("2026-03-01", "2026-03-31", "Europe/Paris") // { from: "2026-02-28T23:00:00.000Z", … }
 */
export function daysWindow(firstDay: IsoDate, lastDay: IsoDate, timeZone: string): DayWindow {
  return {
    firstDay,
    from: startOfDayIn(firstDay, timeZone),
    until: startOfDayIn(addDays(lastDay, 1), timeZone),
  };
}

/**
 * The last `days` local days up to and including `today`: the ledger window.
 * @example ledgerWindow("2026-03-10", "UTC", 30).firstDay // "2026-02-09"
 */
export function ledgerWindow(today: IsoDate, timeZone: string, days: number): DayWindow {
  return daysWindow(addDays(today, 1 - days), today, timeZone);
}

/** Gives minus asks: the target is above zero. Service is neither. */
export function ledgerBalance(ledger: Ledger): number {
  return ledger.give - ledger.ask;
}

/** Gives per ask; `null` when there were no asks (nothing to divide by). */
export function giveTakeRatio(ledger: Ledger): number | null {
  return ledger.ask === 0 ? null : ledger.give / ledger.ask;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Warns before planning an ask on someone who has bought from us when, counting that ask, they
 * would have had more asks than gives from us; `null` when the plan is fine.
 * @example salesModeCheck("client", { give: 1, ask: 1, service: 0 }, "ask") // → { code: "sales_mode", … }
 */
export function salesModeCheck(stage: Stage, ledger: Ledger, plannedIntent: Intent): SalesModeWarning | null {
  if (plannedIntent !== "ask" || !isPostSale(stage)) return null;
  const after: Ledger = { ...ledger, ask: ledger.ask + 1 };
  const balance = ledgerBalance(after);
  if (balance >= 0) return null;
  return {
    code: "sales_mode",
    message: "This would tip the relationship towards taking: consider giving something first.",
    detail:
      `They have already bought from you, and with this ask you would have made ${plural(after.ask, "ask")} ` +
      `against ${plural(after.give, "give")} lately. A note, an introduction or some help with what they are ` +
      `working on would keep the balance on their side.`,
    ledger: { ...after, balance },
  };
}

/** Ledger totals per owner and for the whole team, from per-contact (or per-owner) rows. */
export function ledgerTotals(rows: Iterable<{ ownerId: string; ledger: Ledger }>): {
  owners: Map<string, Ledger & { balance: number }>;
  team: Ledger & { balance: number };
} {
  const owners = new Map<string, Ledger & { balance: number }>();
  const team = { ...emptyLedger, balance: 0 };
  for (const { ownerId, ledger } of rows) {
    const total = owners.get(ownerId) ?? { ...emptyLedger, balance: 0 };
    for (const sum of [total, team]) {
      sum.give += ledger.give;
      sum.ask += ledger.ask;
      sum.service += ledger.service;
      sum.balance = sum.give - sum.ask;
    }
    owners.set(ownerId, total);
  }
  return { owners, team };
}
