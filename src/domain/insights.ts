// Relationship KPIs per owner and for the team (P14). Deliberately no count of calls made.
import type { BookContact } from "./agenda/book.js";
import { cadenceFor, type AgendaSettings } from "./agenda/settings.js";
import { daysBetween } from "./dates.js";
import { depthMax, healthDistribution, type HealthDistribution } from "./health.js";
import { giveTakeRatio, ledgerBalance, type Ledger } from "./ledger.js";
import { stages, type IsoDate, type Stage } from "./model.js";

/** Stage changes of one month: how many contacts moved `from` → `to` (`from` null: created in that stage). */
export interface StageChangeCount {
  /** `YYYY-MM`. */
  month: string;
  from: Stage | null;
  to: Stage;
  count: number;
}

/** One owner's aggregates over the reporting window (the store's choice, e.g. the ledger window). */
export interface OwnerActivity {
  ownerId: string;
  /** Outbound touches by intent. */
  ledger: Ledger;
  /** Contacts not lost, not a fit and not archived. */
  activeContacts: number;
  /** Active contacts that have a cadence, and those of them touched within it (see `cadenceCoverage`). */
  withCadence: number;
  withinCadence: number;
  /** Agreed get-back dates that fell in the window, and those met by a touch on time. */
  getBacksDue: number;
  getBacksKept: number;
  /** Sum over active contacts of the depth items known (0–9 each, see `depthKnown`). */
  depthPoints: number;
  /** Referrals recorded (touches or facts flagged as a referral). */
  referrals: number;
  /** Contracts whose end date fell in the window: renewed, and ended without renewal. */
  contractsRenewed: number;
  contractsEnded: number;
  stageChanges: readonly StageChangeCount[];
  /** Today's health score of each live contact they own (not of the window: health is a present state). */
  healthScores: readonly number[];
}

export interface StageFlowMonth {
  month: string;
  /** Contacts arriving in each stage that month. */
  into: Record<Stage, number>;
  /** Moves forward along prospect → customer → client → advocate. */
  promoted: number;
}

export interface InsightFigures {
  giveTake: Ledger & { balance: number; givesPerAsk: number | null };
  cadence: { within: number; of: number; share: number | null };
  commitments: { kept: number; due: number; share: number | null };
  /** Average share of the depth items known, 0–100; `null` with no active contacts. */
  depth: { average: number | null };
  referrals: number;
  renewals: { renewed: number; ended: number; share: number | null };
  stageFlow: StageFlowMonth[];
  /** How the live contacts' health spreads over the bands today, and its median. */
  health: HealthDistribution;
}

export interface Insights {
  date: IsoDate;
  owners: (InsightFigures & { ownerId: string })[];
  team: InsightFigures;
}

const ladder: readonly Stage[] = ["prospect", "customer", "client", "advocate"];

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

function emptyInto(): Record<Stage, number> {
  return Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/** Month by month from the earliest change to today's month, empty months included. */
function stageFlow(changes: readonly StageChangeCount[], today: IsoDate): StageFlowMonth[] {
  const last = today.slice(0, 7);
  const byMonth = new Map<string, StageFlowMonth>();
  let first: string | null = null;
  for (const change of changes) {
    if (change.month > last) continue;
    if (first === null || change.month < first) first = change.month;
    const flow = byMonth.get(change.month) ?? { month: change.month, into: emptyInto(), promoted: 0 };
    flow.into[change.to] += change.count;
    const from = change.from === null ? -1 : ladder.indexOf(change.from);
    if (from >= 0 && ladder.indexOf(change.to) > from) flow.promoted += change.count;
    byMonth.set(change.month, flow);
  }
  const months: StageFlowMonth[] = [];
  for (let m = first; m !== null && m <= last; m = nextMonth(m)) {
    months.push(byMonth.get(m) ?? { month: m, into: emptyInto(), promoted: 0 });
  }
  return months;
}

function figures(rows: readonly OwnerActivity[], today: IsoDate): InsightFigures {
  const sum = (pick: (r: OwnerActivity) => number): number => rows.reduce((n, r) => n + pick(r), 0);
  const ledger: Ledger = {
    give: sum((r) => r.ledger.give),
    ask: sum((r) => r.ledger.ask),
    service: sum((r) => r.ledger.service),
  };
  const within = sum((r) => r.withinCadence);
  const withCadence = sum((r) => r.withCadence);
  const kept = sum((r) => r.getBacksKept);
  const due = sum((r) => r.getBacksDue);
  const renewed = sum((r) => r.contractsRenewed);
  const ended = sum((r) => r.contractsEnded);
  const depth = share(
    sum((r) => r.depthPoints),
    sum((r) => r.activeContacts) * depthMax,
  );
  return {
    giveTake: { ...ledger, balance: ledgerBalance(ledger), givesPerAsk: giveTakeRatio(ledger) },
    cadence: { within, of: withCadence, share: share(within, withCadence) },
    commitments: { kept, due, share: share(kept, due) },
    depth: { average: depth === null ? null : Math.round(100 * depth) },
    referrals: sum((r) => r.referrals),
    renewals: { renewed, ended, share: share(renewed, renewed + ended) },
    stageFlow: stageFlow(
      rows.flatMap((r) => r.stageChanges),
      today,
    ),
    health: healthDistribution(rows.flatMap((r) => r.healthScores)),
  };
}

/**
 * Relationship KPIs for each owner and for the team as a whole (shares are 0–1, `null` when there is
 * nothing to measure). Owners are listed in id order.
 * @example insightsOf(rows, "2025-03-14").team.giveTake.givesPerAsk
 */
export function insightsOf(rows: readonly OwnerActivity[], today: IsoDate): Insights {
  const owners = [...rows]
    .sort((a, b) => (a.ownerId < b.ownerId ? -1 : a.ownerId > b.ownerId ? 1 : 0))
    .map((r) => ({ ownerId: r.ownerId, ...figures([r], today) }));
  return { date: today, owners, team: figures(rows, today) };
}

/**
 * Of a book's active contacts that have a cadence, how many were touched within it (the unstretched
 * cadence, counted from the last touch or, if never touched, from when they were added).
 */
export function cadenceCoverage(
  book: readonly BookContact[],
  settings: AgendaSettings,
  today: IsoDate,
): { withCadence: number; withinCadence: number } {
  let withCadence = 0;
  let withinCadence = 0;
  for (const c of book) {
    if (c.stage === "lost" || c.stage === "not_a_fit") continue;
    const cadence = cadenceFor(c.stage, c.cadenceDays, settings);
    if (cadence === null) continue;
    withCadence++;
    if (daysBetween(c.lastTouchOn ?? c.createdOn, today) <= cadence) withinCadence++;
  }
  return { withCadence, withinCadence };
}
