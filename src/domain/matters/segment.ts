// Cutting a note into sentences, list items and clauses, keeping character offsets into the note.

/** A stretch of the note, `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

// Words whose trailing dot does not end a sentence ("Dr. Marsh", "e.g. the", "approx. ten").
const ABBREVIATIONS = new Set(
  "dr mr mrs ms mx prof st sr jr vs approx dept e.g i.e a.m p.m etc incl esp fig mt ft no nos tel ext".split(
    " ",
  ),
);

const BOUNDARY = /([.!?]+)(["'”’)\]]*)(?=\s|$)|[;\n•·]/g;
const LEADER = /^(?:[\s\-*•·–—>]+|\d{1,2}[.)]\s+)+/;

function isAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}./]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(word.toLowerCase().replace(/^\.+/, ""))) {
    // "etc." and "no." still end a sentence when a capital follows after them.
    return !/^(?:etc|no)$/i.test(word) || !/^\s+\p{Lu}/u.test(text.slice(dot + 1));
  }
  return /^\s+\p{Ll}/u.test(text.slice(dot + 1)); // a lower-case word follows: not a sentence end
}

/** `span` with surrounding blanks, bullet markers and closing punctuation trimmed; null when empty. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  const lead = LEADER.exec(text.slice(start, end))?.[0].length ?? 0;
  let s = start + lead;
  let e = end;
  while (e > s && /[\s.,;:!?]/.test(text[e - 1]!)) e--;
  while (s < e && /\s/.test(text[s]!)) s++;
  return /\p{L}/u.test(text.slice(s, e)) ? { start: s, end: e } : null;
}

/** Sentences, list items (newline or bullet) and `;`-separated parts, in order. */
export function sentenceUnits(text: string): Span[] {
  const units: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span) units.push(span);
    start = end;
  };
  for (const m of text.matchAll(BOUNDARY)) {
    if (m[1] && m[1] === "." && isAbbreviation(text, m.index)) continue;
    push(m.index + m[0].length);
  }
  push(text.length);
  return units;
}

// Where one clause of a sentence stops and another begins (for windows and summaries).
// "and" only when a new clause follows it ("…on Friday and she's flying"), not in "Greg and his wife".
const CLAUSE_BREAK =
  /[,;:()]|\s[–—-]\s|\b(?:but|so|because|while|whereas|although|though|plus|then|which)\b|\band\s+(?=(?:he|she|they|it|we|i|is|are|was|were|will|has|have|had)\b)/gi;
// Where a sentence may carry two separate matters ("…in September, and they're doing up the loft").
const MATTER_BREAK = /(?:,\s*|\s+)(?:and|but|while|whereas|plus|also|then)\s+|\s[–—]\s|[()]/gi;

function breaksIn(text: string, re: RegExp, from: number, to: number): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(re)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** Start of the clause holding `index` within `unit`: just after the nearest break before it. */
export function clauseStart(text: string, unit: Span, index: number): number {
  let start = unit.start;
  for (const b of breaksIn(text, CLAUSE_BREAK, unit.start, index)) start = b.end;
  return start;
}

/** The clause of `unit` holding `from..to`: from the break before `from` to the break after `to`. */
export function clauseAround(text: string, unit: Span, from: number, to: number): Span {
  const start = clauseStart(text, unit, from);
  const next = breaksIn(text, CLAUSE_BREAK, to, unit.end)[0];
  return { start, end: next ? next.start : unit.end };
}

/** The last matter break strictly between two positions, if any. */
export function matterBreakBetween(text: string, from: number, to: number): Span | null {
  return breaksIn(text, MATTER_BREAK, from, to).at(-1) ?? null;
}
