// The agenda's order, as a key: what ranks one item above another, and where a page of it ends.
import type { AgendaItem } from "./item.js";

/** Where an item stands in a day's ranking; a later page starts after the last key it showed. */
export interface RankKey {
  priority: number;
  overdueDays: number;
  /** The contact's name in lower case. */
  name: string;
  contactId: string;
}

export function rankKeyOf(item: AgendaItem): RankKey {
  const { priority, overdueDays, contactId } = item;
  return { priority, overdueDays, name: item.contactName.toLowerCase(), contactId };
}

/** Best first: priority, then overdue days, then name, then id, so ties always land alike. */
export function compareRankKeys(x: RankKey, y: RankKey): number {
  if (x.priority !== y.priority) return y.priority - x.priority;
  if (x.overdueDays !== y.overdueDays) return y.overdueDays - x.overdueDays;
  if (x.name !== y.name) return x.name < y.name ? -1 : 1;
  return x.contactId < y.contactId ? -1 : x.contactId > y.contactId ? 1 : 0;
}

/**
 * How many of the ranked items come at or before `key`: the index a page after `key` starts at.
 * @example ranked.slice(countThrough(ranked, rankKeyOf(lastShown)))
 */
export function countThrough(ranked: readonly AgendaItem[], key: RankKey): number {
  let low = 0;
  let high = ranked.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareRankKeys(rankKeyOf(ranked[mid] as AgendaItem), key) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
