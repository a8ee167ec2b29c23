import { describe, expect, it } from "vitest";
import type { AgendaItem } from "./item.js";
import { compareRankKeys, countThrough, rankKeyOf, type RankKey } from "./order.js";

const item = (contactId: string, contactName: string, priority: number, overdueDays: number) =>
  ({ contactId, contactName, priority, overdueDays }) as AgendaItem;

// Best first: priority, then overdue days, then the name in lower case, then the id.
const ranked = [
  item("c1", "Zoe", 900, 3),
  item("c2", "ann", 200, 9),
  item("c3", "Bea", 200, 9),
  item("c5", "bea", 200, 9),
  item("c4", "Al", 200, 1),
];
const key = (contactId: string, name: string, priority: number, overdueDays: number): RankKey => ({
  contactId,
  name,
  priority,
  overdueDays,
});

describe("the agenda's order as a key", () => {
  it("ranks the items as the agenda does", () => {
    const keys = ranked.map(rankKeyOf);
    expect([...keys].sort(compareRankKeys)).toEqual(keys);
  });

  it.each([
    ["the first item", rankKeyOf(ranked[0]!), 1],
    ["an item with a namesake after it", rankKeyOf(ranked[2]!), 3],
    ["the last item", rankKeyOf(ranked[4]!), 5],
    ["an item gone from between two others", key("c0", "bea", 200, 9), 2],
    ["an item that now ranks above all", key("c9", "x", 1100, 0), 0],
    ["an item that now ranks below all", key("c9", "x", 100, 0), 5],
  ])("counts the items up to %s", (_, after, count) => {
    expect(countThrough(ranked, after)).toBe(count);
  });
});
