import { describe, expect, it } from "vitest";
import { newBookContact } from "./agenda/book.js";
import { defaultAgendaSettings } from "./agenda/settings.js";
import { cadenceCoverage, insightsOf, type OwnerActivity } from "./insights.js";

const today = "2025-03-14";

function owner(ownerId: string, overrides: Partial<OwnerActivity> = {}): OwnerActivity {
  return {
    ownerId,
    ledger: { give: 6, ask: 2, service: 1 },
    activeContacts: 10,
    withCadence: 8,
    withinCadence: 6,
    getBacksDue: 5,
    getBacksKept: 4,
    depthPoints: 45,
    referrals: 2,
    contractsRenewed: 3,
    contractsEnded: 1,
    stageChanges: [],
    healthScores: [81, 55, 27],
    ...overrides,
  };
}

describe("relationship insights", () => {
  const insights = insightsOf(
    [owner("u2", { ledger: { give: 0, ask: 2, service: 0 }, referrals: 1 }), owner("u1")],
    today,
  );

  it("reports each owner, in id order, with shares from their own figures", () => {
    expect(insights.date).toBe(today);
    expect(insights.owners.map((o) => o.ownerId)).toEqual(["u1", "u2"]);
    expect(insights.owners[0]).toMatchObject({
      giveTake: { give: 6, ask: 2, service: 1, balance: 4, givesPerAsk: 3 },
      cadence: { within: 6, of: 8, share: 0.75 },
      commitments: { kept: 4, due: 5, share: 0.8 },
      depth: { average: 50 },
      referrals: 2,
      renewals: { renewed: 3, ended: 1, share: 0.75 },
    });
  });

  it("adds the team up from every owner", () => {
    expect(insights.team).toMatchObject({
      giveTake: { give: 6, ask: 4, balance: 2, givesPerAsk: 1.5 },
      cadence: { within: 12, of: 16, share: 0.75 },
      referrals: 3,
      renewals: { renewed: 6, ended: 2, share: 0.75 },
    });
  });

  it("spreads each owner's and the team's health scores over the bands, with the median", () => {
    const spread = insightsOf([owner("u1"), owner("u2", { healthScores: [40, 45] })], today);
    const counts = (h: { bands: { contacts: number }[] }) => h.bands.map((b) => b.contacts);
    expect(counts(spread.owners[0]!.health)).toEqual([1, 1, 0, 1]);
    expect(spread.owners[0]!.health.median).toBe(55);
    expect(counts(spread.owners[1]!.health)).toEqual([0, 0, 2, 0]);
    expect(spread.owners[1]!.health.median).toBe(42.5);
    expect(counts(spread.team.health)).toEqual([1, 1, 2, 1]);
    expect(spread.team.health.median).toBe(45);
  });

  it("leaves a share empty when there is nothing to measure", () => {
    const empty = insightsOf(
      [
        owner("u1", {
          ledger: { give: 1, ask: 0, service: 0 },
          activeContacts: 0,
          withCadence: 0,
          withinCadence: 0,
          getBacksDue: 0,
          getBacksKept: 0,
          depthPoints: 0,
          contractsRenewed: 0,
          contractsEnded: 0,
          healthScores: [],
        }),
      ],
      today,
    ).team;
    expect(empty).toMatchObject({
      giveTake: { givesPerAsk: null },
      cadence: { share: null },
      commitments: { share: null },
      depth: { average: null },
      renewals: { share: null },
      health: { median: null },
    });
  });

  it("shows stage flow month by month up to today, with empty months and forward moves", () => {
    const flow = insightsOf(
      [
        owner("u1", {
          stageChanges: [
            { month: "2024-12", from: "prospect", to: "customer", count: 2 },
            { month: "2024-12", from: null, to: "prospect", count: 5 },
            { month: "2025-02", from: "client", to: "lost", count: 1 },
            { month: "2025-04", from: "prospect", to: "customer", count: 9 },
          ],
        }),
        owner("u2", { stageChanges: [{ month: "2025-02", from: "customer", to: "client", count: 3 }] }),
      ],
      today,
    ).team.stageFlow;
    expect(flow.map((m) => [m.month, m.promoted])).toEqual([
      ["2024-12", 2],
      ["2025-01", 0],
      ["2025-02", 3],
      ["2025-03", 0],
    ]);
    expect(flow[0]?.into).toMatchObject({ prospect: 5, customer: 2, client: 0 });
    expect(flow[2]?.into).toMatchObject({ client: 3, lost: 1 });
  });

  it("never reports a count of calls", () => {
    expect(JSON.stringify(insights)).not.toMatch(/call/i);
  });
});

describe("cadence coverage of a book", () => {
  it("counts active contacts with a cadence, and those touched within it", () => {
    const book = [
      newBookContact({
        id: "a",
        name: "A",
        stage: "client",
        createdOn: "2024-01-01",
        lastTouchOn: "2025-02-01",
      }),
      newBookContact({
        id: "b",
        name: "B",
        stage: "customer",
        createdOn: "2024-01-01",
        lastTouchOn: "2025-02-01",
      }),
      newBookContact({ id: "c", name: "C", stage: "prospect", createdOn: "2025-03-10" }),
      newBookContact({ id: "d", name: "D", stage: "lost", createdOn: "2024-01-01", cadenceDays: 30 }),
    ];
    expect(cadenceCoverage(book, defaultAgendaSettings, today)).toEqual({ withCadence: 3, withinCadence: 2 });
  });
});
