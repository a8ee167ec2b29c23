// Whole-draft checks (P5, P9): does the draft invite them to talk, and propose when to talk again?
// Every function here reads the lower-cased, quote-masked draft, so no regex needs the `i` flag.
import type { Hit } from "./hit.js";

/** A span of the draft: a sentence, or a question. */
export interface Span {
  start: number;
  end: number;
}

// Imperatives and wishes that invite talk without a question mark.
const invitation =
  /\b(?:tell (?:me|us)|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|fill (?:me|us) in|i(?:['’]d| would) (?:love|like) to (?:hear|know)|(?:love|keen|curious|interested) to (?:hear|know|learn)|(?:share|describe|explain) (?:with (?:me|us) )?(?:what|how|why|your)|let (?:me|us) know (?:what|how|why|which|your thoughts|your view)|your thoughts on|what you think|ask (?:(?:him|her|them|about)\s+)?(?:what|how|why|which|who|where)\b[^.?!\n]*)/g;
// A wh-word that opens a clause (or follows a verb of asking) makes an open question; "how about" proposes.
const openWord =
  /(?:^|[,:;—–(]\s*|\b(?:and|but|so|also|then|or|well|now|honestly|know|wondering|wonder|curious|ask|asking|understand|share|explain|describe|hear|idea|sense|tell (?:me|us))\s+)(what|what['’]s|whats|how|how['’]s|why|which|where|who|when)\b(?!\s+about\b)/g;
const orWord = /\bor\b/;

const timePhrase =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|tues|thurs?|weds|tomorrow|tonight|(?:this|next|coming) (?:week(?:end)?|month|morning|afternoon|evening|quarter|spring|summer|autumn|fall|winter)|(?:the|a) week (?:of|after)|the (?:following|next) (?:week|day|month)|(?:later|early|earlier) (?:today|this week|next week|next month)|(?:end|start|beginning|middle) of (?:the|this|next) (?:week|month)|the weekend|(?:in|within) (?:a|one|two|three|four|a couple of|a few|\d+) (?:days?|weeks?|months?)|(?:a|the) fortnight|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(?:january|february|march|april|june|july|august|september|october|november|december)|(?:in|early|late|mid|end of|beginning of) may|may \d{1,2}|\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|(?:at|around|from|after|before|until|till) \d{1,2}(?![\d%,.]\d|[\d%])|noon|midday|lunchtime|o['’]clock|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:on|for) the (?:first|second|last|final|opening) (?:day|morning|afternoon|evening|night))(?!\w|['’](?!s\b))/g;
// Words of getting together, strong enough to tie a date in the next sentence to a proposal.
const meeting =
  /\b(?:talk|talking|speak|speaking|call|ring|phone|chat|meet|meeting|catch up|coffee|lunch|dinner|drinks?|breakfast|visit|visiting|drop (?:by|in|off)|pop (?:by|in|over|round)|stop by|come (?:by|in|out|round|over)|see you|get back|reconnect|touch base|on site|be there|check (?:in )?with|free|available|suits?|works? (?:for|on)|diary|calendar|pencil|schedule|sit down)\b/;
// Weaker cues of a plan, enough within the sentence that holds the date.
const planning =
  /\b(?:show you|hear|let me know|follow up|reach|around|book|agree|propose|suggest|shall|let['’]s|let us|could we|can we|should we|how about|what about|i['’]ll|i will|we['’]ll|we will|i can|we can|i could|we could|happy to|join|go through|walk (?:you|them|him|her) through|send|bring)\b/;
const past =
  /\b(?:did|was|were|went|had|met|enjoyed|loved|thanks for|thank you for|(?:good|great|nice|lovely) (?:to )?(?:see|meet|talk|speak|chat|seeing|meeting|talking)|pleasure (?:meeting|talking|to meet)|last|ago|yesterday|earlier|already|sent|came|saw|spoke|told|said|since|arrived|happened|finished|ended|expired|moved|ran|ran out|closed|launched|opened)\b/;
const future =
  /\b(?:will|shall|going to|could|can|would|let['’]s|let us|next|tomorrow|free|available|suits?|works?|maybe|perhaps|how about|what about|coming|upcoming|propose|suggest|book|again|when you['’]re back|happy to|around)\b|['’]ll\b/;
// "last Friday" is behind us; "talk about the weekend" names a topic, not a time.
const lastBefore = /\b(?:last|since|past|about)\s+$/;

// . ! ? and newline end a sentence.
const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10;

// Beyond this many characters without a stop, a "sentence" is cut (keeps long texts linear).
const maxSentence = 600;

function sentenceOf(scan: string, at: number): Span {
  let start = at;
  const first = Math.max(0, at - maxSentence);
  while (start > first && !isStop(scan.charCodeAt(start - 1))) start--;
  let end = at;
  const last = Math.min(scan.length, at + maxSentence);
  while (end < last && !isStop(scan.charCodeAt(end))) end++;
  return { start, end: Math.min(scan.length, end + 1) };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Does a span overlap any closing finding? A prefix count keeps long, busy texts linear. */
export type Closing = (span: Span) => boolean;

export function closingTest(spans: readonly Span[], length: number): Closing {
  if (spans.length <= 16) return (span) => spans.some((c) => overlaps(c, span));
  const covered = new Int32Array(length + 1);
  for (const c of spans) for (let i = c.start; i < c.end; i++) covered[i + 1] = 1;
  for (let i = 1; i <= length; i++) covered[i]! += covered[i - 1]!;
  return (span) => covered[Math.min(span.end, length)]! - covered[Math.max(0, span.start)]! > 0;
}

/** Questions (sentences ending in "?"), each split into open or closed. */
export function questions(scan: string, closing: Closing): { open: Span[]; closed: Span[] } {
  const open: Span[] = [];
  const closed: Span[] = [];
  for (let q = scan.indexOf("?"); q !== -1; q = scan.indexOf("?", q + 1)) {
    const s = sentenceOf(scan, q);
    let from = s.start;
    while (from < q && /[\s\-*•\d.)]/.test(scan[from]!)) from++;
    const span = { start: from, end: q + 1 };
    if (span.end - span.start < 2) continue;
    (isOpenQuestion(scan.slice(from, q + 1)) && !closing(span) ? open : closed).push(span);
  }
  return { open, closed };
}

function isOpenQuestion(sentence: string): boolean {
  openWord.lastIndex = 0;
  const cues: string[] = [];
  for (let m = openWord.exec(sentence); m; m = openWord.exec(sentence)) cues.push(m[1]!.toLowerCase());
  if (cues.length === 0) return false;
  // "Which day suits you, Tuesday or Thursday?" offers a choice, not a conversation.
  return !(cues.every((c) => c === "which") && orWord.test(sentence));
}

function matchesOutside(scan: string, re: RegExp, closing: Closing): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!closing(span)) return true;
  }
  return false;
}

/** Whether the draft invites talk in their own words without a question (outside closing findings). */
export function hasInvitation(scan: string, closing: Closing, extra: RegExp | null): boolean {
  return (
    matchesOutside(scan, invitation, closing) || (extra !== null && matchesOutside(scan, extra, closing))
  );
}

function proposes(scan: string, s: Span, strong: boolean, closing: Closing): boolean {
  if (closing(s)) return false;
  const text = scan.slice(s.start, s.end);
  return text.trimEnd().endsWith("?") || meeting.test(text) || (!strong && planning.test(text));
}

function countsAsNextStep(scan: string, at: number, end: number, closing: Closing): boolean {
  // "Thursday's numbers" names a thing; "after Thursday's class" still names a time.
  const possessive = /^['’]s\b(?! (?:class|session|call|meeting|practice|training|game|match|lesson))/;
  if (lastBefore.test(scan.slice(Math.max(0, at - 8), at)) || possessive.test(scan.slice(end, end + 12))) {
    return false;
  }
  const s = sentenceOf(scan, at);
  const text = scan.slice(s.start, s.end);
  if (past.test(text) && !future.test(text)) return false;
  if (proposes(scan, s, false, closing)) return true;
  if (closing(s)) return false;
  // "I'm in town on the 14th. Could we meet?" and "Could we talk again? Maybe Thursday."
  let next = s.end;
  while (next < scan.length && /\s/.test(scan[next]!)) next++;
  if (next < scan.length && proposes(scan, sentenceOf(scan, next), true, closing)) return true;
  const short = text.trim().split(/\s+/).length <= 4;
  return short && s.start > 1 && proposes(scan, sentenceOf(scan, s.start - 2), true, closing);
}

/** Whether the draft proposes a day, date or time to get back to each other. */
export function hasNextStep(scan: string, closing: Closing, extra: RegExp | null): boolean {
  timePhrase.lastIndex = 0;
  for (let m = timePhrase.exec(scan); m; m = timePhrase.exec(scan)) {
    if (countsAsNextStep(scan, m.index, m.index + m[0].length, closing)) return true;
  }
  return extra !== null && matchesOutside(scan, extra, closing);
}

/** Spans of findings that close or chase: a question inside one does not invite talk. */
export function closingSpans(hits: readonly Hit[]): Span[] {
  return hits.filter((h) => closingRules.has(h.rule));
}

const closingRules = new Set<string>([
  "pressure",
  "assumptive-close",
  "chaser",
  "cancel-account",
  "decision-over-phone",
  "selling-after-sale",
]);
