// Explainable priority: a band per reason kind (commitments first), points within the band, one item per contact.
import type { ReasonKind } from "../model.js";
import type { AgendaContext, Candidate } from "./context.js";

/**
 * Band of each reason kind; within-band points (0–99) never lift an item into the band above.
 * Birthdays and anniversaries come right after commitments: they cannot move to another day.
 */
export const priorityBands: Readonly<Record<ReasonKind, number>> = Object.freeze({
  get_back: 1100,
  birthday: 1000,
  anniversary: 1000,
  matter: 900,
  renewal: 800,
  feedback_call: 700,
  manual: 500,
  concern: 400,
  rebalance: 300,
  cadence: 200,
  no_next_step: 100,
});

export const reasonLabels: Readonly<Record<ReasonKind, string>> = Object.freeze({
  get_back: "agreed get-back",
  matter: "personal matter",
  renewal: "renewal conversation",
  feedback_call: "quiet prospect",
  birthday: "birthday",
  anniversary: "anniversary",
  manual: "your follow-up",
  concern: "open concern",
  rebalance: "more asks than gives",
  cadence: "cadence",
  no_next_step: "no next step",
});

/** Overdue days count up to this many points. */
export const maxOverduePoints = 60;
/** A renewal gains up to this many points as its end date nears… */
export const maxNearnessPoints = 60;
/** …and up to this many once it passed unattended. */
export const maxRenewalOverduePoints = 30;
/** Each merged extra reason adds this many points, up to `maxMergePoints`. */
export const pointsPerExtraReason = 3;
export const maxMergePoints = 9;

/** Points within the band: overdue days, or for a renewal, how near its end date is. */
export function withinBand(c: Candidate, ctx: AgendaContext): number {
  if (c.kind === "renewal" && c.onDay !== undefined) {
    const window = Math.max(1, ctx.settings.renewalWindowDays);
    const elapsed = Math.min(window, Math.max(0, ctx.todayDay - c.dueDay));
    return (
      Math.round((maxNearnessPoints * elapsed) / window) + Math.min(c.overdueDays, maxRenewalOverduePoints)
    );
  }
  return Math.min(c.overdueDays, maxOverduePoints);
}

/** A candidate with its priority worked out. */
export interface Ranked extends Candidate {
  priority: number;
}

/**
 * Orders a contact's candidates in place, best first (priority, then overdue days, then the order
 * they were found in), and gives the merged item's priority: the top one's plus a little for each
 * extra reason, never past its band.
 */
export function mergeCandidates(
  candidates: Candidate[],
  ctx: AgendaContext,
): { ranked: Ranked[]; priority: number } {
  const ranked = candidates as Ranked[];
  for (let i = 0; i < ranked.length; i++) {
    const r = ranked[i] as Ranked;
    r.priority = priorityBands[r.kind] + withinBand(r, ctx);
    // Insertion into the already ordered prefix: a contact has a handful of reasons at most.
    let at = i;
    while (at > 0 && outranks(r, ranked[at - 1] as Ranked)) {
      ranked[at] = ranked[at - 1] as Ranked;
      at--;
    }
    ranked[at] = r;
  }
  const top = ranked[0];
  if (top === undefined) return { ranked, priority: 0 };
  const band = priorityBands[top.kind];
  const merged = Math.min(maxMergePoints, (ranked.length - 1) * pointsPerExtraReason);
  return { ranked, priority: band + Math.min(99, top.priority - band + merged) };
}

function outranks(a: Ranked, b: Ranked): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.overdueDays > b.overdueDays;
}

/** One readable line: the top reason with its urgency, then the others. */
export function whyLine(ranked: readonly Ranked[], ctx: AgendaContext): string {
  const top = ranked[0];
  if (top === undefined) return "";
  const label = reasonLabels[top.kind];
  let line = label.charAt(0).toUpperCase() + label.slice(1);
  if (top.kind === "get_back") line += " (a commitment comes first)";
  if (top.kind === "renewal" && top.onDay !== undefined && top.onDay >= ctx.todayDay) {
    line += top.onDay === ctx.todayDay ? ", ends today" : `, ends in ${top.onDay - ctx.todayDay} days`;
  }
  if (top.overdueDays > 0) line += `, ${top.overdueDays} day${top.overdueDays === 1 ? "" : "s"} overdue`;
  if (top.overdueDays === 0 && top.kind !== "renewal" && top.dueDay === ctx.todayDay) line += ", due today";
  const others: string[] = [];
  for (let i = 1; i < ranked.length; i++) {
    const other = reasonLabels[(ranked[i] as Ranked).kind];
    if (!others.includes(other) && other !== label) others.push(other);
  }
  return others.length > 0 ? `${line}; also ${others.join(", ")}` : line;
}
