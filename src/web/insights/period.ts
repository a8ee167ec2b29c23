// The period the insights cover, and its calendar months (for figures over time). Pure.
import { addDays, formatDate } from "../format";

export interface Period {
  from: string;
  to: string;
}

export const presets = [
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 182, label: "Last 6 months" },
  { days: 365, label: "Last 12 months" },
] as const;

/** The `days` days ending on `today`, both included. */
export function lastDays(today: string, days: number): Period {
  return { from: addDays(today, -(days - 1)), to: today };
}

export interface Month extends Period {
  label: string;
}

/** The window cut at month boundaries: a first and last month may be partial. */
export function monthsOf({ from, to }: Period): Month[] {
  const months: Month[] = [];
  let start = from;
  while (start <= to) {
    const [y, m] = start.split("-").map(Number) as [number, number];
    const lastOfMonth = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    const end = lastOfMonth < to ? lastOfMonth : to;
    months.push({ from: start, to: end, label: formatDate(start, { month: "short", year: "2-digit" }) });
    start = addDays(end, 1);
  }
  return months;
}
