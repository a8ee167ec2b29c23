// Date forms chrono-node lacks or reads differently from our conventions ("the 14th", "mid-March").
import { addDays } from "../dates.js";
import type { IsoDate } from "../model.js";
import {
  easterSunday,
  forwardYear,
  holiday,
  iso,
  lastDay,
  MID_DAY,
  monthBefore,
  seasonDate,
  weekday,
  yearBefore,
  ymd,
} from "./calendar.js";

/** How precisely a mention names its day: a season, a month (or part of one), or the day itself. */
export type Precision = 0 | 1 | 2;

/** A date mentioned in a note: where it was said and the calendar day it resolves to. */
export interface DateMention {
  start: number;
  end: number;
  on: IsoDate;
  precision: Precision;
  /** The last day, for a range or a length of time ("for three weeks from 20 December"). */
  until?: IsoDate;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_RE =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAYS = ["sun", "mon", "tues", "wednes", "thurs", "fri", "satur"];
const PART_DAY: Record<string, number> = { early: 5, mid: 15, late: 25 };
/** How a custom form repeats, to read it backwards in a sentence about the past. */
type Repeats = "yearly" | "monthly" | "never";
type Rule = [RegExp, (m: RegExpExecArray, on: IsoDate) => IsoDate | null, Repeats, Precision?];

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
    1,
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
  // "2 Feb" (chrono reads "from 2 Feb" as two o'clock): the next such day, or the year said.
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\.?(?:,?\\s+(20\\d\\d))?\\b`, "gi"),
    (m, on) => {
      const [day, month] = [Number(m[1]), MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1];
      const year = m[3] ? Number(m[3]) : ymd(on)[0];
      if (day < 1 || day > lastDay(year, month)) return null;
      const date = iso(year, month, day);
      return m[3] || date >= on ? date : iso(year + 1, month, Math.min(day, lastDay(year + 1, month)));
    },
    "yearly",
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
  [/\b(?:the )?end of (?:the|this) year\b/gi, (_m, on) => iso(ymd(on)[0], 12, 31), "never", 1],
  [
    /\b(?:(?:the )?end of (?:the|this) week|later this week|this week)\b/gi,
    (_m, on) => {
      const toFriday = (5 - weekday(on) + 7) % 7;
      return toFriday <= 4 ? addDays(on, toFriday) : on;
    },
    "never",
  ],
  [
    /\b(?:christmas|xmas)\b(?! eve)/gi,
    (_m, on) => {
      const [y] = ymd(on);
      return iso(on > iso(y, 12, 25) ? y + 1 : y, 12, 25);
    },
    "yearly",
  ],
  [/\bnew year(?:'s)?(?: day)?\b(?! eve)/gi, (_m, on) => iso(ymd(on)[0] + 1, 1, 1), "yearly"],
  [
    /\b(?:thanksgiving|halloween|valentine'?s(?: day)?|christmas eve|new year'?s eve|boxing day)\b/gi,
    (m, on) => {
      const [y] = ymd(on);
      const at = (year: number) => holiday(m[0].toLowerCase(), year);
      return at(y) >= on ? at(y) : at(y + 1);
    },
    "yearly",
  ],
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
    0,
  ],
];

/** Every custom date form in `text`, read backwards where `isPast` says the words speak of the past. */
export function customMentions(text: string, on: IsoDate, isPast: (index: number) => boolean): DateMention[] {
  const found: DateMention[] = [];
  for (const [re, resolve, repeats, precision = 2] of customRules) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let date = resolve(m, on);
      // In a sentence about the past, take the occurrence before the touch: a year (or month) earlier.
      if (date && date > on && repeats !== "never" && isPast(m.index)) {
        date = repeats === "yearly" ? resolve(m, yearBefore(on)) : monthBefore(date);
      }
      if (date) found.push({ start: m.index, end: m.index + m[0].length, on: date, precision });
    }
  }
  return found;
}
