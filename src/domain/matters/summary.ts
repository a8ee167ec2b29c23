// A short, readable label for a matter, condensed from the clause it was said in.
import type { DateMention } from "./dates.js";
import { clauseAround, type Span } from "./segment.js";

const MAX_LENGTH = 80;

// Each rule strips one kind of padding; they run until nothing changes.
const LEADING: RegExp[] = [
  /^(?:also|and|but|so|plus|personally|anyway|apparently|oh|btw|ps|fyi)\b[,:]?\s*/i,
  /^(?:[\p{L}.]+\s+){0,2}(?:mentioned|said|says|told me|tells me|noted|explained|shared|let slip|reckons)(?:\s+that)?\s+/iu,
  /^(?:he|she|they|we|i)(?:'s|'re|'ll|'d| is| are| was| were| has| have| had| will)?\s+(?:also\s+|now\s+|finally\s+)?/i,
  /^(?:her|his|their|my|our)\s+/i,
];
const TRAILING =
  /(?:\s+(?:is|are|was|were|will be|will|has|have|had|be|'s|also|finally|now|just|and|then|but|or|so))+$|[\s,;:!?.(]+$/i;
// A preposition or article left dangling once a date has been cut out ("…recital is on Friday").
const DATE_LEAD = /(?:\b(?:on|at|in|from|by|until|till|for|over|during|this|next|the|around|due)\s+){0,3}$/i;

function cutDates(text: string, from: number, to: number, dates: readonly DateMention[]): string {
  let out = "";
  let at = from;
  for (const d of dates) {
    if (d.start < at || d.end > to) continue;
    out += text.slice(at, d.start).replace(DATE_LEAD, "");
    at = d.end;
  }
  return out + text.slice(at, to);
}

function tidy(phrase: string): string {
  let s = phrase.replace(/\s+/g, " ").trim();
  for (let before = ""; before !== s;) {
    before = s;
    for (const re of LEADING) s = s.replace(re, "");
    s = s.replace(TRAILING, "").trim();
  }
  if (s.length > MAX_LENGTH) s = `${s.slice(0, MAX_LENGTH).replace(/\s+\S*$/, "")}…`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The clause of `unit` around `trigger`, without its date words, filler and leading pronouns:
 * "Her daughter's piano recital is on Friday, she's nervous" → "Daughter's piano recital".
 */
export function summarize(text: string, unit: Span, trigger: Span, dates: readonly DateMention[]): string {
  const clause = clauseAround(text, unit, trigger.start, trigger.end);
  const phrase = tidy(cutDates(text, clause.start, clause.end, dates));
  if (phrase.length >= 3) return phrase;
  return tidy(text.slice(unit.start, unit.end));
}
