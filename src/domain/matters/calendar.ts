// Date forms chrono-node lacks or reads differently from our conventions, and small calendar helpers.
import { addDays } from "../dates.js";
import type { IsoDate } from "../model.js";

/** A date mentioned in a note: where it was said and the calendar day it resolves to. */
export interface DateMention {
  start: number;
  end: number;
  on: IsoDate;
}

/**
 * Conventions (documented, and used by the fixtures):
 * - a month only ("in April", "next month", "this month", a season) is the 15th (mid-season), or the
 *   month's last day when the 15th has already gone by in the current month;
 * - early / mid / late <month> are the 5th / 15th / 25th;
 * - "the 14th" is the next 14th on or after the touch; "this weekend" is the coming Saturday;
 * - "this week" / "end of the week" is this week's Friday; a year alone ("next year") is no date.
 */
export const MID_DAY = 15;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_RE =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAYS = ["sun", "mon", "tues", "wednes", "thurs", "fri", "satur"];
const PART_DAY: Record<string, number> = { early: 5, mid: 15, late: 25 };
/** Middle month of each (northern) season; winter Y runs from December Y-1 to February Y. */
const SEASONS: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };

const pad = (n: number) => String(n).padStart(2, "0");
export const iso = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
export const ymd = (date: IsoDate) => date.split("-").map(Number) as [number, number, number];
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekday = (date: IsoDate) => new Date(`${date}T00:00:00Z`).getUTCDay();

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
function seasonDate(season: string, which: string, on: IsoDate): IsoDate {
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

/** How a custom form repeats, to read it backwards in a sentence about the past. */
type Repeats = "yearly" | "monthly" | "never";
type Rule = [RegExp, (m: RegExpExecArray, on: IsoDate) => IsoDate | null, Repeats];

// Forms chrono misses or reads differently from our conventions; these win where they overlap chrono.
const customRules: Rule[] = [
  [
    new RegExp(`\\b(early|mid|late)[-\\s]+(?:(next|this) month|${MONTH_RE})\\b`, "gi"),
    (m, on) => {
      const [oy, om] = ymd(on);
      const day = PART_DAY[m[1]!.toLowerCase()] ?? MID_DAY;
      if (m[2]) {
        const month = m[2].toLowerCase() === "next" ? (om % 12) + 1 : om;
        return iso(month < om ? oy + 1 : oy, month, day);
      }
      const month = MONTHS.indexOf(m[3]!.slice(0, 3).toLowerCase()) + 1;
      return iso(forwardYear(month, on), month, day);
    },
    "yearly",
  ],
  [
    new RegExp(`\\bthe (\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH_RE})`, "gi"),
    (m, on) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      let [y, mo] = ymd(on);
      for (let i = 0; i < 13; i++) {
        const candidate = iso(y, mo, day);
        if (day <= lastDay(y, mo) && candidate >= on) return candidate;
        [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
      }
      return null;
    },
    "monthly",
  ],
  [/\b(?:in|within) a fortnight\b/gi, (_m, on) => addDays(on, 14), "never"],
  // British "Saturday week" / "a week on Saturday": the Saturday after the coming one.
  [
    /\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day week|a week (?:on|from) (mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    (m, on) => {
      const day = WEEKDAYS.indexOf((m[1] ?? m[2]!).toLowerCase());
      return addDays(on, ((day - weekday(on) + 7) % 7 || 7) + 7);
    },
    "never",
  ],
  [/\bthe week after next\b/gi, (_m, on) => addDays(on, 14), "never"],
  [/\b(?:the )?end of (?:the|this) year\b/gi, (_m, on) => iso(ymd(on)[0], 12, 31), "never"],
  [
    /\b(?:(?:the )?end of (?:the|this) week|later this week|this week)\b/gi,
    (_m, on) => {
      const toFriday = (5 - weekday(on) + 7) % 7;
      return toFriday <= 4 ? addDays(on, toFriday) : on;
    },
    "never",
  ],
  [
    /\b(?:christmas|xmas)\b/gi,
    (_m, on) => {
      const [y] = ymd(on);
      return iso(on > iso(y, 12, 25) ? y + 1 : y, 12, 25);
    },
    "yearly",
  ],
  [/\bnew year(?:'s)?(?: day)?\b(?! eve)/gi, (_m, on) => iso(ymd(on)[0] + 1, 1, 1), "yearly"],
  [
    /\beaster\b/gi,
    (_m, on) => {
      const [y] = ymd(on);
      const easter = easterSunday(y);
      return easter >= on ? easter : easterSunday(y + 1);
    },
    "yearly",
  ],
  [
    /\b(this|next|last|in|over|by|during|until|till)\s+(?:the\s+)?(spring|summer|autumn|fall|winter)\b/gi,
    (m, on) => seasonDate(m[2]!.toLowerCase(), m[1]!.toLowerCase(), on),
    "never",
  ],
];

/** The occurrence before `date` of something that repeats, for sentences about the past. */
function previous(date: IsoDate, repeats: Repeats): IsoDate {
  const [y, m, d] = ymd(date);
  if (repeats === "yearly") {
    return easterSunday(y) === date ? easterSunday(y - 1) : iso(y - 1, m, Math.min(d, lastDay(y - 1, m)));
  }
  if (repeats === "never") return date;
  let [py, pm] = [y, m];
  do [py, pm] = pm === 1 ? [py - 1, 12] : [py, pm - 1];
  while (d > lastDay(py, pm));
  return iso(py, pm, d);
}

/** Every custom date form in `text`, read backwards where `isPast` says the words speak of the past. */
export function customMentions(text: string, on: IsoDate, isPast: (index: number) => boolean): DateMention[] {
  const found: DateMention[] = [];
  for (const [re, resolve, repeats] of customRules) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let date = resolve(m, on);
      if (date && date > on && repeats !== "never" && isPast(m.index)) date = previous(date, repeats);
      if (date) found.push({ start: m.index, end: m.index + m[0].length, on: date });
    }
  }
  return found;
}
