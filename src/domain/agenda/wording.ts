// No two items of a day's agenda open with the same words or offer the same give: each item keeps
// its other wordings beside it (out of its public shape), and the ranked day gives each item, best
// first, its first wording nobody above it used.
import type { Channel } from "../model.js";
import { plainGives, type GiveIdea } from "./ideas.js";
import type { AgendaItem } from "./item.js";

export interface Wordings {
  /**
   * `key` is the opener's words without the greeting (two people may share a first name) and its
   * dates (see `openerWords`), worked out once when the item is built rather than at every ranking.
   */
  openers: { text: string; key: string }[];
  /** Gives drawn from what we know of them, best first (none for an ask). */
  ideas: { text: string; channel: Channel }[];
  /** With a give: the channel a plain give goes by ("idea": its own, for a rebalancing give). */
  plainChannel?: Channel | "idea";
}

/**
 * Where an item keeps its wordings: a private, non-enumerable property, so that they stay out of
 * its public shape (JSON, equality) and cost the garbage collector nothing extra (a WeakMap of
 * thousands of items would).
 */
const WORDINGS = Symbol("wordings");
type WithWordings = AgendaItem & { [WORDINGS]?: Wordings };

export function keepWordings(item: AgendaItem, wordings: Wordings): AgendaItem {
  return Object.defineProperty(item, WORDINGS, { value: wordings });
}

// Dates differ from item to item without making the words any less alike.
const dates = /\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?: \d{4})?\b/g;

/** An opener's words with its greeting and dates left out, to compare two openers. */
export function openerWords(key: string): string {
  return key.replace(dates, "#");
}

/** The plain gives (which need nothing known about them) are handed out in turn, each once. */
class PlainGives {
  private next = 0;
  take(used: Set<string>): GiveIdea | undefined {
    while (this.next < plainGives.length && used.has((plainGives[this.next] as GiveIdea).text)) this.next++;
    return plainGives[this.next];
  }
}

interface Chosen {
  opener: { text: string; key: string } | undefined;
  idea: { text: string; channel: Channel } | undefined;
}

function choose(wordings: Wordings, openers: Set<string>, ideas: Set<string>, plain: PlainGives): Chosen {
  const opener = wordings.openers.find((o) => !openers.has(o.key)) ?? wordings.openers[0];
  let idea = wordings.ideas.find((i) => !ideas.has(i.text));
  const channel = wordings.plainChannel;
  if (idea === undefined && channel !== undefined) {
    const give = plain.take(ideas) ?? wordings.ideas[0] ?? plainGives[0];
    if (give) idea = { text: give.text, channel: channel === "idea" ? give.channel : channel };
  }
  return { opener, idea: idea ?? wordings.ideas[0] };
}

/** The items, best first, each with the first opener and idea not already used above it. */
export function varyWordings(items: readonly AgendaItem[]): AgendaItem[] {
  const openers = new Set<string>();
  const ideas = new Set<string>();
  const plain = new PlainGives();
  return items.map((item) => {
    const wordings = (item as WithWordings)[WORDINGS];
    if (wordings === undefined) return item;
    const { opener, idea } = choose(wordings, openers, ideas, plain);
    if (opener) openers.add(opener.key);
    if (idea) ideas.add(idea.text);
    const { suggested } = item;
    const same = opener?.text === suggested.opener && idea?.text === suggested.idea;
    if (same || opener === undefined) return item;
    const next = { ...suggested, opener: opener.text };
    if (idea) Object.assign(next, { idea: idea.text, channel: idea.channel });
    return { ...item, suggested: next };
  });
}
