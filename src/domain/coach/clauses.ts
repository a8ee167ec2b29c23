// Runs the constructions (constructions.ts) sentence by sentence. Each construction names anchor
// words, one of which every match contains; one pass over the draft finds the anchors, and a
// construction is tried only on the sentences holding one of its own, which keeps the coach fast.
import type { Hit } from "./hit.js";
import { isNegated } from "./negation.js";
import { lowerSource, phraseSource } from "./pattern.js";
import type { RuleId } from "./types.js";

export interface Construction {
  rule: RuleId;
  /** Words, space-separated (`stem*` for any word it begins): a sentence without one cannot match. */
  anchors: string;
  /** Global, in the notation of pattern.ts, run on the lower-cased sentence. */
  re: RegExp;
  /** Whether a negation earlier in the clause ("no need to decide today") turns it around. */
  negatable: boolean;
  /** A further test on the whole sentence (trimmed) and the one before it. */
  holds?: (sentence: string, previous: string) => boolean;
  /** Whether the writer's own promise ("I'll send it by Friday") turns it around. */
  mineIsFine?: boolean;
  /** Report the whole sentence (a request is one unit) rather than the words matched. */
  span?: "sentence";
}

export const compile = (source: string): RegExp => new RegExp(lowerSource(phraseSource(source)), "g");
/** Up to `n` words in between, as few as possible. */
export const gap = (n: number): string => `(?:[\\w'’%£$€,-]+ ){0,${n}}?`;

// "I'll send you the answers by Friday" is our own promise, not pressure on them.
const ourPromise =
  /\b(?:i|we)(?:['’]ll| will| can| could| shall| am going to| are going to| aim to| plan to)\b(?![^.?!\n]*\b(?:need|require|want|must)\b)/;

/** A set of constructions with their anchors compiled into one regex. */
export interface Grammar {
  constructions: readonly Construction[];
  anchor: RegExp;
  /** Anchor stem → bit mask of the constructions it anchors. */
  bits: Map<string, number>;
}

export function grammar(constructions: readonly Construction[]): Grammar {
  const bits = new Map<string, number>();
  constructions.forEach((c, i) => {
    for (const word of c.anchors.split(" ")) bits.set(word, (bits.get(word) ?? 0) | (1 << i));
  });
  // A whole word must end there; a stem ("confirm*") may go on. Longest first, so the fullest wins.
  const words = [...bits.keys()].sort((a, b) => b.length - a.length);
  const whole = words.filter((x) => !x.endsWith("*"));
  const stems = words.filter((x) => x.endsWith("*")).map((x) => x.slice(0, -1));
  for (const stem of stems) bits.set(stem, bits.get(`${stem}*`)!);
  const source = `\\b(?:(${whole.join("|")})\\b|(${stems.join("|") || "(?!)"}))`;
  return { constructions, anchor: new RegExp(source, "g"), bits };
}

const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;

/** Sentence spans of the lower-cased draft (ending at . ! ? or a newline), trimmed: [start, end, …]. */
function sentencesOf(lower: string): number[] {
  const spans: number[] = [];
  const n = lower.length;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 10;
    // . ! ? end a sentence together with any that follow; a newline ends one too.
    if (c !== 46 && c !== 33 && c !== 63 && c !== 10) continue;
    let end = i;
    while (end < n && isStop(lower.charCodeAt(end))) end++;
    let [s, e] = [start, c === 10 ? i : end];
    while (s < e && lower.charCodeAt(s) <= 32) s++;
    while (e > s && lower.charCodeAt(e - 1) <= 32) e--;
    if (e > s) spans.push(s, e);
    start = c === 10 ? i + 1 : end;
    i = Math.max(i, end - 1);
  }
  return spans;
}

/** Which constructions of `g` have an anchor in each sentence. */
function anchorMasks(lower: string, g: Grammar, spans: readonly number[]): Int32Array {
  const masks = new Int32Array(spans.length / 2);
  let at = 0;
  g.anchor.lastIndex = 0;
  for (let m = g.anchor.exec(lower); m; m = g.anchor.exec(lower)) {
    while (at < masks.length && spans[2 * at + 1]! <= m.index) at++;
    if (at < masks.length && spans[2 * at]! <= m.index) masks[at]! |= g.bits.get(m[1] ?? m[2]!) ?? 0;
  }
  return masks;
}

function tryOn(
  c: Construction,
  lower: string,
  from: number,
  text: string,
  previous: string,
  hits: Hit[],
): void {
  if (c.holds && !c.holds(text, previous)) return;
  c.re.lastIndex = 0;
  for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
    const start = from + m.index;
    if (c.negatable && isNegated(lower, start)) continue;
    if (c.mineIsFine && ourPromise.test(text.slice(0, m.index))) continue;
    if (c.span === "sentence") {
      hits.push({ rule: c.rule, start: from, end: from + text.length });
      return;
    }
    hits.push({ rule: c.rule, start, end: start + m[0].trimEnd().length });
  }
}

/** Adds the hits of the constructions of `g`, sentence by sentence. */
export function clauseHits(lower: string, g: Grammar, hits: Hit[]): void {
  const spans = sentencesOf(lower);
  const masks = anchorMasks(lower, g, spans);
  let previous = "";
  for (let k = 0; k < masks.length; k++) {
    const mask = masks[k]!;
    const [from, to] = [spans[2 * k]!, spans[2 * k + 1]!];
    if (mask !== 0) {
      const text = lower.slice(from, to);
      for (let i = 0; i < g.constructions.length; i++) {
        if (mask & (1 << i)) tryOn(g.constructions[i]!, lower, from, text, previous, hits);
      }
    }
    // Only a construction that reads the sentence before (cancel-account) needs it.
    previous = mask !== 0 || (k + 1 < masks.length && masks[k + 1] !== 0) ? lower.slice(from, to) : "";
  }
}

// A rate that expires, places left or a discount are terms of their own, not the "now" of a request.
const terms = /\b(?:offer|rate|price|pricing|discount|deal|only|left|last|expir\w*|valid)\b|%/;

/**
 * In a call script, the "now" of a request for a decision is part of that request, not a second
 * finding: pressure inside a decision-over-phone span is dropped (in place), unless it names terms.
 */
export function dropEchoes(lower: string, hits: Hit[]): void {
  const asks = hits.filter((h) => h.rule === "decision-over-phone");
  if (asks.length === 0) return;
  const inside = (h: Hit) =>
    h.rule === "pressure" &&
    asks.some((a) => a.start <= h.start && h.end <= a.end) &&
    !terms.test(lower.slice(h.start, h.end));
  for (let i = hits.length - 1; i >= 0; i--) if (inside(hits[i]!)) hits.splice(i, 1);
}
