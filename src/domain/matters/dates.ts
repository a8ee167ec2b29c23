// Dates said in notes, resolved against the touch's date with chrono-node plus a few forms it lacks.
import * as chrono from "chrono-node";
import { addDays, daysBetween, isValidDate } from "../dates.js";
import type { IsoDate } from "../model.js";
import { forwardYear, iso, lastDay, MID_DAY, midMonth, ymd } from "./calendar.js";
import { customMentions, type DateMention, type Precision } from "./forms.js";
import { withRanges } from "./ranges.js";

export type { DateMention };

/** How long a matter lasts, which sets how soon after it we ask. */
export type Duration = "day" | "long";

/** Days after the event to follow up: the next day for a one-day event, a week for long ones. */
export const followUpOffsets: Record<Duration, number> = { day: 1, long: 7 };
/** A matter already past when the touch is logged is asked about this many days after the touch. */
export const pastFollowUpDays = 2;

const MAX_DAYS_AWAY = 3660;

// "three times a week", "for two weeks": an amount of time, not a date.
const BARE_DURATION =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|a couple of|several)\s+(?:days?|weeks?|months?|years?)(?:\s+(?:after|later|before|on))?$/;
const RELATIVE_MONTHS =
  /^(?:in|within)\s+(?:a|an|one|a few|a couple of|\d+|two|three|four|five|six|several)\s+months?\b/i;

/** One chrono result as a calendar day under our conventions; null when it names no day we can use. */
function fromChrono(r: chrono.ParsedResult, on: IsoDate, past: boolean): IsoDate | null {
  const s = r.start;
  const text = r.text.toLowerCase();
  if (/^(?:for|over)\s/.test(text) || /^(?:right )?now$/.test(text) || BARE_DURATION.test(text)) return null;
  let date = iso(s.get("year") ?? 0, s.get("month") ?? 1, s.get("day") ?? 1);
  const dayKnown = s.isCertain("day");
  const monthOnly = !dayKnown && s.isCertain("month") && !RELATIVE_MONTHS.test(text);
  const weekdayOnly = !dayKnown && !s.isCertain("month") && s.isCertain("weekday");
  if (!dayKnown && !s.isCertain("month") && !weekdayOnly) return null; // a time or a year alone
  if (monthOnly) {
    const [y, m] = ymd(date);
    // chrono moves a month already under way to next year; we keep the current one.
    const year = s.isCertain("year") || past ? y : forwardYear(m, on);
    date = past ? iso(year, m, MID_DAY) : midMonth(year, m, on);
  }
  if (!past || date <= on) return date === on && /^last\s/.test(text) ? addDays(date, -7) : date;
  // In a sentence about the past, read bare weekdays and months backwards.
  if (weekdayOnly) {
    const back = Math.ceil(daysBetween(on, date) / 7) * 7;
    const earlier = addDays(date, -back);
    return /^last\s/.test(text) && earlier === on ? addDays(earlier, -7) : earlier;
  }
  if (!s.isCertain("year")) {
    const [y, m, d] = ymd(date);
    return iso(y - 1, m, Math.min(d, lastDay(y - 1, m)));
  }
  return date;
}

/**
 * Every date said in `text`, resolved forward from `on`; `isPast(index)` tells whether the words
 * around an index speak of the past, so that "broke his wrist on Saturday" reads backwards.
 */
export function findDates(text: string, on: IsoDate, isPast: (index: number) => boolean): DateMention[] {
  const [y, m, d] = ymd(on);
  const ref = { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: "UTC" };
  const custom = customMentions(text, on, isPast);
  const mentions = [...custom];
  for (const r of chrono.parse(text, ref, { forwardDate: true })) {
    const start = r.index;
    // chrono may take in a following comma or dot ("on Friday,").
    const end = r.index + r.text.replace(/[\s,.;:!?]+$/, "").length;
    // A range ("from 2 to 16 February") is read whole, over the custom form of its last day.
    const overlapping = custom.filter((c) => c.start < end && start < c.end);
    const range = r.end?.isCertain("day") && overlapping.every((c) => start < c.start);
    if (overlapping.length > 0 && !range) continue;
    for (const c of overlapping) mentions.splice(mentions.indexOf(c), 1);
    // "every Monday" is a habit; "for the next two weeks" is a length of time.
    const before = text.slice(Math.max(0, start - 12), start);
    if (/\b(?:every|each)\s+$/i.test(before)) continue;
    if (/\bfor\s+(?:the\s+)?$/i.test(before) && /\b(?:days?|weeks?|months?|years?)$/i.test(r.text)) continue;
    // "Friday the 14th": the day of the month is the more precise of the two.
    if (r.start.isCertain("weekday") && custom.some((c) => c.start >= end && c.start - end <= 2)) continue;
    const past = /^last\s/i.test(r.text) || isPast(start);
    const date = fromChrono(r, on, past);
    if (!date) continue;
    const precision: Precision = r.start.isCertain("day") || r.start.isCertain("weekday") ? 2 : 1;
    const last = r.end && r.end.isCertain("day") ? fromChrono({ ...r, start: r.end }, on, past) : null;
    mentions.push({ start, end, on: date, precision, ...(last && last > date ? { until: last } : {}) });
  }
  // Beyond ten years either way is a slip of the pen, not a matter to follow up.
  const plausible = (m: DateMention) => isValidDate(m.on) && Math.abs(daysBetween(on, m.on)) <= MAX_DAYS_AWAY;
  return withRanges(
    text,
    mentions.filter(plausible).sort((a, b) => a.start - b.start),
  );
}

/**
 * When to ask about a matter: shortly after it (see `followUpOffsets`), or the day after it ends when
 * its end is known (`until`: a range, a length of time, "back on the 29th"); one already behind us
 * when the touch is logged ("broke his wrist on Saturday") is asked about `pastFollowUpDays` after
 * the touch; an undated matter has no date (the service asks at
 * the next touch).
 */
export function followUpFor(
  eventOn: IsoDate | null,
  duration: Duration,
  on: IsoDate,
  until?: IsoDate,
): IsoDate | null {
  if (eventOn === null) return null;
  if (until) return until < on ? addDays(on, pastFollowUpDays) : addDays(until, 1);
  if (eventOn < on) return addDays(on, pastFollowUpDays);
  return addDays(eventOn, followUpOffsets[duration]);
}
