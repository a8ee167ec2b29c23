// No two items of a day's agenda open with the same words or offer the same give: each item keeps
// its other wordings beside it (a WeakMap, so that they stay out of the item's public shape), and
// the ranked day gives each item, best first, its first wording nobody above it used.
import type { Channel } from "../model.js";
import type { AgendaItem } from "./item.js";

export interface Wordings {
  /** `key` is the opener without the greeting: two people may share a first name. */
  openers: { text: string; key: string }[];
  ideas: { text: string; channel: Channel }[];
}

const kept = new WeakMap<AgendaItem, Wordings>();

export function keepWordings(item: AgendaItem, wordings: Wordings): AgendaItem {
  kept.set(item, wordings);
  return item;
}

// Dates differ from item to item without making the words any less alike.
const dates = /\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?: \d{4})?\b/g;

/** An opener's words with its greeting and dates left out, to compare two openers. */
export function openerWords(key: string): string {
  return key.replace(dates, "#");
}

function firstUnused<T>(
  choices: readonly T[],
  used: Set<string>,
  words: (choice: T) => string,
): T | undefined {
  return choices.find((choice) => !used.has(words(choice))) ?? choices[0];
}

/** The items, best first, each with the first opener and idea not already used above it. */
export function varyWordings(items: readonly AgendaItem[]): AgendaItem[] {
  const openers = new Set<string>();
  const ideas = new Set<string>();
  return items.map((item) => {
    const wordings = kept.get(item);
    if (wordings === undefined) return item;
    const opener = firstUnused(wordings.openers, openers, (o) => openerWords(o.key));
    const idea = firstUnused(wordings.ideas, ideas, (i) => i.text);
    if (opener) openers.add(openerWords(opener.key));
    if (idea) ideas.add(idea.text);
    const { suggested } = item;
    const same = opener?.text === suggested.opener && idea?.text === suggested.idea;
    if (same || opener === undefined) return item;
    const next = { ...suggested, opener: opener.text };
    if (idea) Object.assign(next, { idea: idea.text, channel: idea.channel });
    return { ...item, suggested: next };
  });
}
