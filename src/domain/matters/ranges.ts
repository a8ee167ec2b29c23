// Ranges and lengths of time around the dates of a note: "from 2 to 16 February", "until mid-January",
// "back on the 29th", "for three weeks from 20 December". The matter is followed up after its end.
import { addDays } from "../dates.js";
import type { DateMention } from "./forms.js";

// Words just before a date that make it the end of something: "until", "to" (not "moved to").
const END_BEFORE =
  /(?:\b(?:until|till|untill|through|thru)\s+|(?<!\b(?:move[sd]?|moving|push(?:ed|es)?|postponed|rescheduled|changed|put back|brought forward|delayed)\s)\b(?:to|-|–)\s*)(?:the\s+)?$/i;
// Coming back: "back on Monday", "back next week", "back from maternity leave on 1 April".
const BACK_BEFORE =
  /\b(?:back|returns?|returning)(?:\s+from\b[^.,;:!?\n]*|\s+(?:in (?:the )?office|at work|home))?\s+(?:on\s+|by\s+|in\s+)?(?:the\s+)?$/i;
const NUMBER: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fortnight: 2,
};
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, fortnight: 14 };
const DURATION =
  /\bfor\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|fortnight)s?\b|\bfor\s+a\s+(fortnight)\b/gi;

interface Length {
  start: number;
  end: number;
  days: number;
}

function lengthsIn(text: string): Length[] {
  const out: Length[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    const unit = (m[2] ?? m[3]!).toLowerCase();
    const count = m[3] ? 1 : (NUMBER[m[1]!.toLowerCase()] ?? Number(m[1]));
    out.push({ start: m.index, end: m.index + m[0].length, days: count * (UNIT_DAYS[unit] ?? 1) });
  }
  return out;
}

const clauseGap = (text: string): boolean => /[.;!?\n]|,\s*(?:so|but|and then|then)\b/i.test(text);

/**
 * The mentions with their ends: a date said as the end of the one before it ("from the 20th until
 * 4 July") becomes that one's `until`; an end said alone ("until mid-January", "back on the 29th")
 * is its own; a length of time tied to a date ("for six weeks from the 20th", "next Saturday, out
 * for two weeks after") sets the end that many days on.
 */
export function withRanges(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const prev = out.at(-1);
    const isEnd = END_BEFORE.test(before.slice(-16)) || BACK_BEFORE.test(before);
    if (
      isEnd &&
      prev &&
      !prev.until &&
      m.start - prev.end <= 60 &&
      !clauseGap(text.slice(prev.end, m.start))
    ) {
      if (m.on >= prev.on) prev.until = m.on;
      continue;
    }
    out.push(isEnd && !m.until ? { ...m, until: m.on } : m);
  }
  for (const length of lengthsIn(text)) {
    const tied = out.find((m) => {
      if (m.until) return false;
      // "for three weeks from 20 December" / "from 2 Feb for 6 weeks" / "next Saturday, out for two weeks".
      if (m.start >= length.end)
        return /^\s*(?:from|starting(?: on)?)\s+(?:the\s+)?$/i.test(text.slice(length.end, m.start));
      return /^[\s,]*(?:(?:and\s+)?(?:out|away|off|gone|there)\s+)?$/i.test(text.slice(m.end, length.start));
    });
    if (tied) tied.until = addDays(tied.on, length.days);
  }
  return out;
}
