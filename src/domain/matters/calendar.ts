// Calendar arithmetic for the date forms in notes: month days, holidays, Easter and seasons.
import type { IsoDate } from "../model.js";

/**
 * Conventions for dates in notes (the fixtures are labelled with them):
 * - a month only ("in April", "next month") is its 15th, or its last day when the 15th has already
 *   gone by in the current month; early / mid / late <month> are the 5th / 15th / 25th;
 * - a season is the 15th of its middle month (northern: April, July, October, January), or its last
 *   day once that has gone by; "next summer" is the first summer not yet begun;
 * - "the 14th" is the next 14th on or after the touch; a weekday is the next one on or after it;
 *   "next Friday" is Friday of the following Monday-to-Sunday week (chrono's reading);
 * - "this weekend" is the coming Saturday; "this week" / "end of the week" is this week's Friday;
 *   "next week" is seven days on; "Saturday week" is the Saturday after the coming one;
 * - Christmas, Easter (Western), US Thanksgiving and a few fixed holidays are their day;
 * - a year alone ("next year"), a time alone ("at 3pm") or a length ("for two weeks") is no date;
 * - in a sentence about the past, dates read backwards ("broke his wrist on Saturday").
 */
export const MID_DAY = 15;
/** Middle month of each (northern) season; winter Y runs from December Y-1 to February Y. */
const SEASONS: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };

const pad = (n: number) => String(n).padStart(2, "0");
export const iso = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
export const ymd = (date: IsoDate) => date.split("-").map(Number) as [number, number, number];
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const weekday = (date: IsoDate) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The 15th of a month, or its last day when the 15th is already behind `on` within that month. */
export function midMonth(y: number, m: number, on: IsoDate): IsoDate {
  const mid = iso(y, m, MID_DAY);
  const [oy, om] = ymd(on);
  return mid < on && oy === y && om === m ? iso(y, m, lastDay(y, m)) : mid;
}

/** The first `y-m-d` (this year or next) whose month has not yet ended at `on`. */
export function forwardYear(m: number, on: IsoDate): number {
  const [oy, om] = ymd(on);
  return m < om ? oy + 1 : oy;
}

/** Fixed-date holidays, and US Thanksgiving (the fourth Thursday of November). */
export function holiday(name: string, year: number): IsoDate {
  if (name.startsWith("thanksgiving")) {
    const firstThursday = ((4 - new Date(Date.UTC(year, 10, 1)).getUTCDay() + 7) % 7) + 1;
    return iso(year, 11, firstThursday + 21);
  }
  if (name.startsWith("halloween")) return iso(year, 10, 31);
  if (name.startsWith("valentine")) return iso(year, 2, 14);
  if (name.startsWith("boxing")) return iso(year, 12, 26);
  return name.startsWith("christmas") ? iso(year, 12, 24) : iso(year, 12, 31);
}

/** Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const [b, c] = [Math.floor(year / 100), year % 100];
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return iso(year, Math.floor(n / 31), (n % 31) + 1);
}

/**
 * A season is its middle month's 15th ("next" = the first one not yet begun, "last" = the latest whose
 * middle has passed, otherwise the current or coming one); the season's last day once its middle has passed.
 */
export function seasonDate(season: string, which: string, on: IsoDate): IsoDate {
  const mid = SEASONS[season] ?? 7;
  const [oy] = ymd(on);
  const spans = [oy - 1, oy, oy + 1, oy + 2].map((y) => {
    const first = mid === 1 ? iso(y - 1, 12, 1) : iso(y, mid - 1, 1);
    const endMonth = mid + 1;
    return { first, mid: iso(y, mid, MID_DAY), last: iso(y, endMonth, lastDay(y, endMonth)) };
  });
  if (which === "last") return [...spans].reverse().find((s) => s.mid <= on)?.mid ?? spans[0]!.mid;
  const pick = which === "next" ? spans.find((s) => s.first > on) : spans.find((s) => s.last >= on);
  const chosen = pick ?? spans[3]!;
  return chosen.mid >= on ? chosen.mid : chosen.last;
}

/** The same day of an earlier month that has it, for "the 2nd" in a sentence about the past. */
export function monthBefore(date: IsoDate): IsoDate {
  const [y, m, d] = ymd(date);
  let [py, pm] = [y, m];
  do [py, pm] = pm === 1 ? [py - 1, 12] : [py, pm - 1];
  while (d > lastDay(py, pm));
  return iso(py, pm, d);
}

export const yearBefore = (date: IsoDate): IsoDate => {
  const [y, m, d] = ymd(date);
  return iso(y - 1, m, Math.min(d, lastDay(y - 1, m)));
};

export const yearAfter = (date: IsoDate): IsoDate => {
  const [y, m, d] = ymd(date);
  return iso(y + 1, m, Math.min(d, lastDay(y + 1, m)));
};
