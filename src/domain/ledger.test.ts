import { describe, expect, it } from "vitest";
import type { Intent, Stage } from "./model.js";
import {
  daysWindow,
  giveTakeRatio,
  ledgerBalance,
  ledgerTotals,
  ledgerWindow,
  salesModeCheck,
  type Ledger,
} from "./ledger.js";

const ledger = (give: number, ask: number, service = 0): Ledger => ({ give, ask, service });

describe("the give/take ledger", () => {
  it.each([
    [ledger(3, 1), 2],
    [ledger(1, 1, 5), 0],
    [ledger(0, 2), -2],
  ])("balances %o at %s (service counts neither way)", (l, balance) => {
    expect(ledgerBalance(l)).toBe(balance);
  });

  it.each([
    [ledger(4, 2), 2],
    [ledger(1, 4), 0.25],
    [ledger(3, 0), null],
  ])("gives %o a ratio of %s gives per ask", (l, ratio) => {
    expect(giveTakeRatio(l)).toBe(ratio);
  });

  it("adds up per owner and for the team", () => {
    const { owners, team } = ledgerTotals([
      { ownerId: "u1", ledger: ledger(2, 1, 1) },
      { ownerId: "u2", ledger: ledger(0, 3) },
      { ownerId: "u1", ledger: ledger(1, 0) },
    ]);
    expect(owners.get("u1")).toEqual({ give: 3, ask: 1, service: 1, balance: 2 });
    expect(owners.get("u2")).toEqual({ give: 0, ask: 3, service: 0, balance: -3 });
    expect(team).toEqual({ give: 3, ask: 4, service: 1, balance: -1 });
  });
});

describe("the ledger window", () => {
  it.each([
    ["UTC", "2025-12-11", "2025-12-11T00:00:00.000Z", "2026-03-11T00:00:00.000Z"],
    ["Pacific/Auckland", "2025-12-11", "2025-12-10T11:00:00.000Z", "2026-03-10T11:00:00.000Z"],
    // Daylight saving starts on 8 March: the window's two ends are an hour apart in offset.
    ["America/Los_Angeles", "2025-12-11", "2025-12-11T08:00:00.000Z", "2026-03-11T07:00:00.000Z"],
  ])(
    "spans the 90 local days up to today in %s, half-open between local midnights",
    (zone, first, from, until) => {
      expect(ledgerWindow("2026-03-10", zone, 90)).toEqual({ firstDay: first, from, until });
    },
  );

  it("is one local day when asked for today only, and any local days when given both ends", () => {
    expect(ledgerWindow("2026-03-10", "Europe/Paris", 1)).toEqual(
      daysWindow("2026-03-10", "2026-03-10", "Europe/Paris"),
    );
    expect(daysWindow("2026-03-01", "2026-03-31", "Europe/Paris")).toEqual({
      firstDay: "2026-03-01",
      from: "2026-02-28T23:00:00.000Z",
      until: "2026-03-31T22:00:00.000Z",
    });
  });
});

describe("the sales-mode guard", () => {
  it.each<[string, Stage, Ledger, Intent, boolean]>([
    ["warns on an ask that tips a client into taking", "client", ledger(1, 1), "ask", true],
    ["warns on a customer's first ask before any give", "customer", ledger(0, 0), "ask", true],
    ["warns an advocate's ask too", "advocate", ledger(2, 2), "ask", true],
    ["lets an ask through when gives still cover it", "client", ledger(2, 1), "ask", false],
    ["never warns about a give", "client", ledger(0, 5), "give", false],
    ["never warns about service", "customer", ledger(0, 5), "service", false],
    ["leaves prospects to the sales conversation", "prospect", ledger(0, 5), "ask", false],
    ["does not apply to lost contacts", "lost", ledger(0, 5), "ask", false],
  ])("%s", (_name, stage, l, intent, warns) => {
    expect(salesModeCheck(stage, l, intent) !== null).toBe(warns);
  });

  it("explains the warning with the figures, the planned ask counted", () => {
    expect(salesModeCheck("client", ledger(1, 1, 2), "ask")).toEqual({
      code: "sales_mode",
      message: "This would tip the relationship towards taking: consider giving something first.",
      detail:
        "They have already bought from you, and with this ask you would have made 2 asks against 1 give lately. " +
        "A note, an introduction or some help with what they are working on would keep the balance on their side.",
      ledger: { give: 1, ask: 2, service: 2, balance: -1 },
    });
  });
});
