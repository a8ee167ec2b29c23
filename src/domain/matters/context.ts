// The words around a matter phrase that change what it means: negation, wishes, business, the past.
import type { MatterKind } from "../model.js";
import type { Trigger } from "./kinds.js";
import { clauseAround, clauseStart, type Span } from "./segment.js";

// "no travel plans", "didn't mention the move", "cancelled the trip".
// The markers below carry the `g` flag for `governs`, which looks for the last one in a window.
const NEGATION = /\b(?:no|not|never|without|nothing|cancel\w*|called off|skipping|postponed)\b|n't\b/gi;
// A wish or a maybe is a goal or a guess, not a dated matter ("might move to Berlin if…").
const HYPOTHETICAL =
  /\b(?:if|unless|might|maybe|perhaps|possibly|could|would|should|someday|some day|one day|at some point|hop(?:es|ing|e) (?:to|for)|wants? to|would (?:like|love)|'d (?:like|love)|dream(?:s|ing)? (?:of|about)|aim(?:s|ing)? to|thinking (?:about|of)|considering|wondering)\b/gi;
// Lower-case only: "May" is a month.
const MAY = /\bmay\b/g;
// Words that put the matter in a subordinate phrase the wish does not govern ("wants to talk after her surgery").
const SHIELD = /\b(?:after|before|because of|due to|since|until|till|around|given)\b/i;
// A standing liking is a profile fact, not an occasion ("she's into triathlons").
const LIKING = /\b(?:loves?|enjoys?|likes?|into|fan of|keen on|passionate about|hates?|dislikes?)\b/i;
// Someone or something on the business side is the subject ("their CFO is on holiday", "Ops director
// is off sick", "their head of ops is away").
const BUSINESS_SUBJECT =
  /\b(?:their|the|our|its)\s+(?:(?:cfo|ceo|cto|coo|cio|cmo|vp|pm|md|it|procurement|finance|legal|hr|ops|operations|sales|marketing|accounts)\b|(?:director|manager|boss|team|office|company|firm|business|warehouse|board|site|plant|store|branch|factory|staff|dispatch|servers?|system|platform|contract|account)\b)/i;
const ROLE_SUBJECT =
  /^\s*(?:(?:their|the|our|its|whole|new)\s+)?(?:[\w-]+\s+)?(?:director|manager|head of \w+|receptionist|ceo|cfo|cto|coo|cmo|md|vp|team|staff|company|office|board|client|customer|supplier)s?\b/i;
// Work words said about our side or about documents ("our presentation", "send the presentation").
const OUR_SIDE =
  /\b(?:we|we're|we'll|we've|our|us|send|sent|share|attach|forward|update|finali[sz]e|prepare|review)\b|\bI(?:'m|'ll|'ve)?\b/;
// A move of a business, not of a household ("moving to HubSpot next quarter").
const BUSINESS_OBJECT =
  /\b(?:crm|system|platform|software|vendor|supplier|provider|tier|contract|licen[cs]es?|seats?|servers?|cloud|tool|quarter|q[1-4]|fy\d*|warehouse|offices?|hq|headquarters|premises)\b/i;
// Done and dusted: nothing left to ask.
const RESOLVED =
  /\b(?:went (?:well|fine|ok|okay|great|smoothly|brilliantly)|all clear|got back|came back|just back|returned from|(?:is|was|it's) (?:all )?over(?=\s*(?:[.,;:!]|$|now\b|and\b))|cancel\w*|called off|fell through|recovered)\b/i;
const PAST =
  /\b(?:was|were|had|has been|have been|'s been|been|went|gave|took|made|found|saw|left|won|did|became|broke|fell|hurt|passed away|died|moved|retired|graduated|finished|returned|arrived|landed|ran|spent|started|began|came|born|fractured|sprained|slipped|tore|injured|crashed|collapsed|ago|yesterday|last (?:\w+day|week|weekend|month|year|night|time))\b|(?<!(?:'s|has|have|'ve) )\bgot\b/i;

// A habit is not an occasion ("driving up every weekend", "games every Saturday").
const HABIT =
  /\b(?:every|each)\s+(?:\w+day|week|weekend|month|morning|evening|night)|\bweekly\b|\bmost (?:weekends|mornings|evenings|days)\b/i;

/** Kinds of matter that are over once they are past: nothing to ask after a concert we already heard about. */
const TRANSIENT: ReadonlySet<MatterKind> = new Set(["travel", "celebration", "event", "hobby"]);

/** Whether the last `marker` (a `g` regex) in `window` reaches its end with no shielding word between. */
function governs(window: string, marker: RegExp): boolean {
  marker.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = marker.exec(window); m; m = marker.exec(window)) last = m;
  return last !== null && !SHIELD.test(window.slice(last.index + last[0].length));
}

/** Whether the words before `trigger`, within its clause, unmake it as a personal matter. */
export function isSuppressed(text: string, unit: Span, trigger: Trigger): boolean {
  const window = text.slice(clauseStart(text, unit, trigger.start), trigger.start);
  if (governs(window, NEGATION) || governs(window, HYPOTHETICAL) || governs(window, MAY)) return true;
  if (LIKING.test(window)) return true;
  if (BUSINESS_SUBJECT.test(window) || ROLE_SUBJECT.test(window)) return true;
  if (trigger.kind === "work" && OUR_SIDE.test(window)) return true;
  if (trigger.kind === "home") {
    const after = clauseAround(text, unit, trigger.start, trigger.end);
    if (BUSINESS_OBJECT.test(text.slice(trigger.start, after.end))) return true;
  }
  return false;
}

/** Whether the clause around `index` speaks of the past ("broke his wrist on Saturday"). */
export function isPastAt(text: string, unit: Span, index: number): boolean {
  const clause = clauseAround(text, unit, index, index);
  return PAST.test(text.slice(clause.start, clause.end));
}

/**
 * Whether a matter read from `span` is over and done with, or only a habit, so that there is
 * nothing to follow up; `clause` is the clause of the phrase that names it.
 */
export function isOver(
  text: string,
  span: Span,
  clause: Span,
  kind: MatterKind,
  eventOn: string | null,
  on: string,
): boolean {
  const words = text.slice(span.start, span.end);
  if (RESOLVED.test(words)) return true;
  if (!TRANSIENT.has(kind)) return false;
  if (HABIT.test(text.slice(clause.start, clause.end))) return true;
  return eventOn !== null ? eventOn < on : PAST.test(words);
}

// "got moved to the 28th": the date after a change of plan is the new, future one.
const RESCHEDULED =
  /\b(?:moved|pushed(?: back)?|postponed|rescheduled|changed|brought forward|put back|delayed)\s+(?:to|until|till)\s+(?:the\s+)?$/i;

/** Whether the date said at `index` is a new date for something moved, so read forwards. */
export function isRescheduledTo(text: string, index: number): boolean {
  return RESCHEDULED.test(text.slice(Math.max(0, index - 40), index));
}
