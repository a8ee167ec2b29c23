// Turning our notes about someone into words we can say to them: "Keeps bees" becomes
// "you keep bees", "Son's graduation" becomes "your son's graduation". Small, rule-based.

const relations = new Set([
  "daughter",
  "daughters",
  "son",
  "sons",
  "wife",
  "husband",
  "partner",
  "mother",
  "mum",
  "mom",
  "father",
  "dad",
  "kids",
  "children",
  "child",
  "brother",
  "sister",
  "family",
  "baby",
  "parents",
  "grandson",
  "granddaughter",
  "fiancé",
  "fiancée",
  "fiance",
  "fiancee",
  "team",
  "dog",
  "cat",
]);

const irregular: Record<string, string> = {
  has: "have",
  is: "are",
  does: "do",
  goes: "go",
  "doesn't": "don't",
};

/** Verbs our notes start with, in the third person ("Keeps bees", "Wants to expand"). */
const verbs = new Set([
  "keeps",
  "wants",
  "loves",
  "likes",
  "enjoys",
  "grows",
  "collects",
  "restores",
  "trains",
  "sails",
  "plays",
  "runs",
  "prefers",
  "hates",
  "works",
  "lives",
  "writes",
  "reads",
  "paints",
  "cooks",
  "bakes",
  "rides",
  "hikes",
  "climbs",
  "swims",
  "travels",
  "follows",
  "supports",
  "coaches",
  "volunteers",
  "owns",
  "builds",
  "plans",
  "hopes",
  "aims",
  "dreams",
  "struggles",
  "needs",
  "fishes",
  "skis",
  "dances",
  "sings",
  "speaks",
  "studies",
  "teaches",
  "watches",
  "makes",
  "brews",
  "knits",
  "gardens",
  "visits",
  "drinks",
  "eats",
  "avoids",
  "intends",
  "expects",
  "thinks",
  "worries",
  "cares",
  "manages",
  "leads",
  "races",
  "cycles",
  "has",
  "is",
  "does",
  "goes",
  "doesn't",
]);

function lowerFirst(text: string): string {
  // Leave acronyms and names in capitals alone ("CRM rollout", "McKinsey").
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function secondPerson(verb: string): string {
  const lower = verb.toLowerCase();
  if (irregular[lower]) return irregular[lower];
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/**
 * A fact as something we can say back to them, as a clause: "you keep bees",
 * "you're opening a third store", "your daughter plays the cello"; otherwise "you told me about …".
 */
export function aboutYou(fact: string): string {
  const text = fact.trim().replace(/[.!]+$/, "");
  const [first = "", ...rest] = text.split(/\s+/);
  const word = first.toLowerCase().replace(/[,:;]$/, "");
  const tail = rest.join(" ");
  if (relations.has(word.replace(/'s$/, ""))) return `your ${lowerFirst(text)}`;
  if (verbs.has(word) && tail) return `you ${secondPerson(word)} ${tail}`;
  if (/^[a-z]+ing$/.test(word) && tail) return `you're ${lowerFirst(text)}`;
  // A short note is a topic ("the new bakery opening"); a longer one, something they said.
  return rest.length < 5 ? `you told me about ${lowerFirst(text)}` : `you mentioned ${lowerFirst(text)}`;
}

/** A matter's summary inside a sentence: "your son's graduation", "the knee surgery". */
export function theMatter(summary: string): string {
  const text = summary.trim().replace(/[.!]+$/, "");
  const word = (text.split(/\s+/)[0] ?? "").toLowerCase();
  if (relations.has(word.replace(/'s$/, ""))) return `your ${lowerFirst(text)}`;
  if (/^(my|your|his|her|their|our|the|a|an)$/.test(word)) return lowerFirst(text);
  // Someone's own event keeps their name: "Sofia's cello recital".
  if (/^\p{Lu}\p{Ll}*['’]s$/u.test(text.split(/\s+/)[0] ?? "")) return text;
  return `the ${lowerFirst(text)}`;
}

const reaching =
  /\b(calls?|emails?|phone|reach(able)?|mornings?|afternoons?|evenings?|meetings?|texts?|messages?|contact(ed)?|slack|zoom|teams)\b|\d\s?(am|pm)\b/i;

/** Whether a preference is about how to reach them (calls before 9am), not something they enjoy. */
export function isAboutReaching(fact: string): boolean {
  return reaching.test(fact);
}
