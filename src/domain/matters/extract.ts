// Reading a touch's notes for personal matters to ask about later (P3) and profile facts (P2).
import { addDays, daysBetween, isValidDate } from "../dates.js";
import type { IsoDate, MatterKind } from "../model.js";
import { isOver, isPastAt, isRescheduledTo, isSuppressed } from "./context.js";
import { type DateMention, findDates, followUpFor } from "./dates.js";
import { factsIn, type ProposedFact } from "./facts.js";
import { yearAfter } from "./calendar.js";
import { BUSINESS_WORDS } from "./cues.js";
import { findTriggers, primaryTrigger, type Trigger } from "./kinds.js";
import { isBusinessModifier, wordsOf, type Word } from "./language.js";
import { clauseAround, matterBreakBetween, sentenceUnits, type Span } from "./segment.js";
import { summarize } from "./summary.js";

/** A personal matter found in notes, for the user to confirm; offsets are into the notes. */
export interface ProposedMatter {
  summary: string;
  kind: MatterKind;
  eventOn: IsoDate | null;
  followUpOn: IsoDate | null;
  start: number;
  end: number;
}

export type { ProposedFact };

export interface Extraction {
  matters: ProposedMatter[];
  facts: ProposedFact[];
}

interface Group {
  span: Span;
  triggers: Trigger[];
  dates: DateMention[];
}

// A date belongs where it starts (chrono may take in a closing dot: "8th of Feb.").
const within = (span: Span, d: DateMention) => d.start >= span.start && d.start < span.end;
const inside = (span: Span, t: Span) => t.start >= span.start && t.end <= span.end;

// A clause that points back to the one before it tells the same story ("…and she's flying home for it").
const POINTS_BACK = /\b(?:for it|for that|for this|there|too|as well)\b/i;
const pointsBack = (text: string, span: Span) => POINTS_BACK.test(text.slice(span.start, span.end));

/**
 * Splits one sentence's triggers into matters: two triggers are separate matters when a conjunction
 * stands between them ("…in September, and they're doing up the loft"), unless the second part
 * points back to the first without a date of its own ("70th on Saturday and she's flying home for it").
 */
function group(text: string, unit: Span, triggers: Trigger[], dates: DateMention[]): Group[] {
  const groups: Group[] = [];
  let current: Trigger[] = [];
  let start = unit.start;
  const close = (end: number) => {
    const span = { start, end };
    groups.push({ span, triggers: current, dates: dates.filter((d) => within(span, d)) });
  };
  for (const t of triggers) {
    const prev = current.at(-1);
    const cut = prev ? matterBreakBetween(text, prev.end, t.start) : null;
    if (prev && cut) {
      close(cut.start);
      current = [];
      start = cut.end;
    }
    current.push(t);
  }
  close(unit.end);
  for (let i = groups.length - 1; i > 0; i--) {
    const [head, tail] = [groups[i - 1]!, groups[i]!];
    if (tail.dates.length === 0 && pointsBack(text, tail.span)) {
      head.span = { start: head.span.start, end: tail.span.end };
      head.triggers.push(...tail.triggers);
      groups.splice(i, 1);
    }
  }
  return groups;
}

/**
 * The date of the matter: the one said nearest to the trigger that names it, preferring one still to
 * come over one already past ("passed away last week, the funeral is on Tuesday"); a season gives way
 * to a more precise date in the same breath ("next autumn, probably early September").
 */
function dateOf(dates: readonly DateMention[], t: Trigger, on: IsoDate): DateMention | undefined {
  const gap = (d: DateMention) => (d.start >= t.end ? d.start - t.end : Math.max(0, t.start - d.end));
  const past = (d: DateMention) => Number((d.until ?? d.on) < on);
  const best = [...dates].sort((a, b) => past(a) - past(b) || gap(a) - gap(b) || b.start - a.start)[0];
  if (!best || best.precision > 0) return best;
  const precise = dates.find((d) => d.precision > 0);
  if (!precise) return best;
  // Said of the same season, the precise day falls in that season's year.
  let day = precise.on;
  while (daysBetween(day, best.on) > 100) day = yearAfter(day);
  if (day < on || Math.abs(daysBetween(day, best.on)) > 100) return best;
  return {
    ...precise,
    on: day,
    until: precise.until && addDays(precise.until, daysBetween(precise.on, day)),
  };
}

/** How long the matter lasts: as the cue said nearest its date ("passed away… the funeral is on Tuesday"). */
function lasting(
  triggers: readonly Trigger[],
  date: DateMention | undefined,
  main: Trigger,
): Trigger["duration"] {
  if (!date) return main.duration;
  const gap = (t: Trigger) => (date.start >= t.end ? date.start - t.end : Math.max(0, t.start - date.end));
  const same = triggers.filter((t) => t.kind === main.kind && t.weak === main.weak);
  return [...same].sort((a, b) => gap(a) - gap(b))[0]?.duration ?? main.duration;
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:(]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?)]/.test(text[end - 1]!)) end--;
  return { start, end };
}

interface Found {
  matter: ProposedMatter;
  duration: Trigger["duration"];
  /** Every kind named in the matter's clause, to tell when it goes on with the matter before it. */
  kinds: MatterKind[];
}

function mattersIn(text: string, unit: Span, found: Trigger[], dates: DateMention[], on: IsoDate): Found[] {
  const candidates = found.filter((t) => !isSuppressed(text, unit, t));
  if (candidates.length === 0) return [];
  // Is the clause about their life at all? "A new baby food range" is about business.
  const words: Word[] = wordsOf(text, unit.start, unit.end);
  const triggers = candidates.filter((t) => !isBusinessModifier(words, text, t.start, t.end));
  if (triggers.length === 0) return [];
  const matters: Found[] = [];
  for (const g of group(text, unit, triggers, dates)) {
    const span = trimmed(text, g.span);
    // A fallback cue (a relative and a date) counts only where no business is being talked.
    const business = BUSINESS_WORDS.test(text.slice(span.start, span.end));
    const strong = g.triggers.filter((t) => !t.weak || !business);
    const main = primaryTrigger(strong);
    if (!main) continue;
    const date = dateOf(g.dates, main, on);
    if (!date && strong.every((t) => t.needsDate)) continue;
    const eventOn = date?.on ?? null;
    const clause = clauseAround(text, unit, main.start, main.end);
    if (isOver(text, span, clause, main.weak ? "event" : main.kind, eventOn, on)) continue;
    const first = strong[0]!;
    const matter = {
      summary: summarize(
        text,
        span,
        first.start >= span.start && first.end <= span.end ? first : main,
        g.dates,
      ),
      kind: main.kind,
      eventOn,
      followUpOn: followUpFor(eventOn, lasting(strong, date, main), on, date?.until),
      start: span.start,
      end: span.end,
    };
    matters.push({ matter, duration: main.duration, kinds: strong.map((t) => t.kind) });
  }
  return matters;
}

// A next sentence that carries on about the same thing with its date ("…got into Oxford! Starts in October.").
const CARRIES_ON =
  /^(?:it's|it is|it|that's|this is|starts?|starting|begins?|due|happens|booked|planned|scheduled|set for|on|in|from)\b/i;

/** The date a dateless matter takes from the sentence after it, when that sentence only carries on. */
function carriedDate(
  text: string,
  next: Span | undefined,
  triggers: Trigger[],
  dates: DateMention[],
): DateMention | undefined {
  if (!next || !CARRIES_ON.test(text.slice(next.start, next.end))) return undefined;
  if (triggers.some((t) => inside(next, t))) return undefined;
  return dates.find((d) => within(next, d));
}

/**
 * Personal matters and profile facts in a touch's notes, with dates resolved against `on`, the
 * touch's date. Pure: the same notes and date always give the same answer.
 *
 * @example
 * extractFromNotes("Her daughter's piano recital is on Friday.", "2025-03-05").matters
 * // → [{ summary: "Daughter's piano recital", kind: "event", eventOn: "2025-03-07", followUpOn: "2025-03-08", … }]
 */
export function extractFromNotes(text: string, on: IsoDate): Extraction {
  if (!isValidDate(on)) throw new RangeError(`extractFromNotes: not a calendar date: ${on}`);
  // Same length as the notes, so offsets still point into the original text.
  const plain = text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
  const units = sentenceUnits(plain);
  const unitAt = (index: number) => units.find((u) => index >= u.start && index < u.end);
  const dates = findDates(plain, on, (index) => {
    const unit = unitAt(index);
    return unit ? isPastAt(plain, unit, index) && !isRescheduledTo(plain, index) : false;
  });
  const matters: ProposedMatter[] = [];
  const facts: ProposedFact[] = [];
  const triggers = findTriggers(plain, 0, plain.length);
  let lastUnit = -2;
  units.forEach((unit, index) => {
    const unitDates = dates.filter((d) => within(unit, d));
    const unitTriggers = triggers.filter((t) => inside(unit, t));
    for (const { matter: m, duration, kinds } of mattersIn(plain, unit, unitTriggers, unitDates, on)) {
      const last = matters.at(-1);
      const follows = last !== undefined && index - lastUnit <= 1;
      // An undated matter of the same kind right after another is the same story told on.
      if (follows && m.eventOn === null && last.kind === m.kind) continue;
      // Undated, it takes its date from the next sentence ("Starts in October.") or, when it goes on
      // about the dated matter just before ("…turns 100 on the 3rd! Family flying out for the party."), from that.
      const carried = m.eventOn === null ? carriedDate(plain, units[index + 1], triggers, dates) : undefined;
      const goesOn = follows && (kinds.includes(last.kind) || pointsBack(plain, m));
      const date = carried?.on ?? (m.eventOn === null && goesOn ? last.eventOn : null);
      if (date) [m.eventOn, m.followUpOn] = [date, followUpFor(date, duration, on, carried?.until)];
      if (matters.some((x) => x.summary.toLowerCase() === m.summary.toLowerCase())) continue;
      matters.push(m);
      lastUnit = index;
    }
    for (const f of factsIn(plain, unit)) {
      if (!facts.some((x) => x.kind === f.kind && x.text === f.text)) facts.push(f);
    }
  });
  return { matters, facts };
}
