// Profile facts (P2): what someone likes, prefers, aims for, struggles with, and who their family is.
import type { FactKind } from "../model.js";
import { clauseStart, type Span } from "./segment.js";

/** A fact worth keeping on the contact's profile, with where it was said. */
export interface ProposedFact {
  kind: FactKind;
  text: string;
  start: number;
  end: number;
}

const MAX_LENGTH = 100;
const SPORTS =
  "golf|tennis|squash|padel|pickleball|football|soccer|rugby|cricket|hockey|basketball|baseball|volleyball|badminton|netball|chess|bridge|poker|guitar|piano|violin|cello|drums|bass|saxophone";
const KIDS =
  "kids?|children|child|sons?|daughters?|boys|girls|twins|grandchildren|grandkids|grandsons?|granddaughters?|stepkids|stepchildren";

// Asking to talk, see or add something is a request of the moment, not a goal.
const NOT_A_GOAL =
  "(?!know|talk|discuss|see|check|meet|review|hear|chat|catch|sign|add|get back|touch base|hold|wait|keep|have a|schedule|book|trial|pilot|test|stay on|go over|loop)";

// Ordered: the first pattern that matches a clause gives the clause its kind.
const patterns: [FactKind, RegExp][] = [
  ["preference", /\b(?:prefers?|preferred|would rather|'d rather)\b/i],
  ["preference", /\b(?:hates?|dislikes?|can'?t stand|not a fan of|no fan of)\b/i],
  [
    "preference",
    /\b(?:doesn'?t|does not|don'?t|never)\s+(?:drink|eat|eats|drinks)\b|\bonly (?:drinks|eats)\b/i,
  ],
  [
    "preference",
    /\b(?:allergic|vegetarian|vegan|gluten[- ]free|teetotal|coeliac|celiac|halal|kosher|lactose)\b/i,
  ],
  [
    "preference",
    /\b(?:don'?t|do not|never)\s+(?:call|email|text|phone|ring|message|contact)\b|\bnot to be (?:called|contacted|emailed|phoned)\b/i,
  ],
  [
    "preference",
    /\bkeep (?:emails?|calls?|messages?|meetings?|it) (?:short|brief)\b|\bbest (?:reached|time to (?:call|reach))\b/i,
  ],
  ["preference", /\b(?:wants?|likes?|asks? for)\b[^.;]{0,40}\bby (?:email|phone|text|post|whatsapp)\b/i],
  ["preference", /\bwants? (?:a|an|the|one) [^.;,]{1,40}, not\b/i],
  ["goal", /\b(?:goal|ambition|dream|aim|plan) is to\b/i],
  [
    "goal",
    new RegExp(
      `\\b(?:wants?|hopes?|hoping|aims?|aiming|intends?|determined|trying|would love|'d love|would like|'d like|aspires?|working towards)\\s+to\\s+${NOT_A_GOAL}`,
      "i",
    ),
  ],
  [
    "goal",
    /\b(?:dreams? of|dreaming of|thinking (?:about|of)|considering)\s+(?:a|an|going|moving|starting|opening|becoming|changing|retiring|selling|buying|writing)\b/i,
  ],
  [
    "challenge",
    /\b(?:struggl\w+|can'?t find|cannot find|hard to (?:find|hire|recruit|keep|retain)|hard time|short[- ]staffed|understaffed|overstretched|stretched|overwhelmed|swamped|burn(?:ed|t)? out|burnout|behind on|losing (?:staff|people|customers|clients|money)|turnover|worried about|concerned about|frustrated)\b/i,
  ],
  [
    "challenge",
    /\b(?:cash ?flow|budgets?|money|margins?)(?:\s+is|\s+are|'s)?\s+(?:very\s+|really\s+)?(?:tight|a problem|an issue|squeezed)\b/i,
  ],
  [
    "family",
    new RegExp(
      `\\b(?:has|have|with)\\s+(?:a|one|two|three|four|five|six|\\d)\\s+(?:young\\s+|little\\s+|grown-up\\s+|teenage\\s+)?(?:${KIDS})\\b`,
      "i",
    ),
  ],
  [
    "family",
    /\b[Mm]arried\s+(?:to\s+)?\p{Lu}\p{Ll}+|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:wife|husband|partner|spouse|fianc[ée]e?)(?:,?\s+|\s+is\s+(?:called\s+)?)\p{Lu}\p{Ll}+/u,
  ],
  [
    "family",
    /\b(?:father|mother|mum|mom|dad|parent|grandfather|grandmother|grandma|grandad) of (?:one|two|three|four|five|six|\d)\b|\b(?:single (?:mum|mom|dad|parent)|divorced|widowed|newly married|engaged to)\b/i,
  ],
  ["interest", /\b(?<!(?:would|'d)\s)(?:loves|love|adores|enjoys|relishes)\s+(?!it\b|that\b|to\s)[a-zà-ÿ]/i],
  [
    "interest",
    /\b(?:is|'s|are|'re|really|very|totally|big|heavily|also)\s+into\s+[a-zà-ÿ]|^into\s+[a-zà-ÿ]/i,
  ],
  [
    "interest",
    /\b(?:fan of|passionate about|obsessed with|mad about)\b|\b(?:big|huge|massive|keen|avid|die-hard|lifelong|\p{Lu}[\p{L}'-]+)\s+(?:\p{L}+\s+)?fan\b/u,
  ],
  ["interest", /\b(?:[Kk]een|[Aa]vid|[Ee]nthusiastic)\s+(?!to\b|on\b)\p{L}{3,}/u],
  [
    "interest",
    new RegExp(
      `\\b(?:[Ss]upports\\s+\\p{Lu}|[Pp]lays\\s+(?:the\\s+)?(?:${SPORTS})\\b|[Hh]obb(?:y|ies)\\b)`,
      "u",
    ),
  ],
];

function tidy(phrase: string): string {
  let s = phrase
    .replace(/\s+/g, " ")
    .replace(/^(?:also|and|but|so|plus)\b\s*/i, "")
    .replace(/^(?:he|she|they)(?:'s|'re| is| are)?\s+(?=\p{Ll})/iu, "")
    .replace(/[\s,;:!?.]+$/, "")
    .trim();
  if (s.length > MAX_LENGTH) s = `${s.slice(0, MAX_LENGTH).replace(/\s+\S*$/, "")}…`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The facts said in one sentence `unit` of `text`: at most one per clause, in reading order. */
export function factsIn(text: string, unit: Span): ProposedFact[] {
  const words = text.slice(unit.start, unit.end);
  const found: { kind: FactKind; start: number }[] = [];
  for (const [kind, re] of patterns) {
    const m = re.exec(words);
    if (!m) continue;
    const start = clauseStart(text, unit, unit.start + m.index);
    if (!found.some((f) => f.start === start)) found.push({ kind, start });
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((f, i) => {
    const end = found[i + 1]?.start ?? unit.end;
    const text_ = tidy(text.slice(f.start, end));
    const trimmed = text.slice(f.start, end).replace(/[\s,;:!?.]+$/, "");
    return { kind: f.kind, text: text_, start: f.start, end: f.start + trimmed.length };
  });
}
