import { describe, expect, it } from "vitest";
import { defaultAgendaSettings, mergeSettings } from "./agenda/settings.js";
import { factKinds } from "./model.js";
import {
  depthKnown,
  healthBandOf,
  healthBands,
  healthDistribution,
  healthOf,
  healthWeights,
  type HealthInput,
  type HealthPartKey,
} from "./health.js";

const today = "2025-03-14";

function input(overrides: Partial<HealthInput> = {}): HealthInput {
  return {
    stage: "client",
    cadenceDays: null,
    createdOn: "2024-01-01",
    lastTouchOn: "2025-03-01",
    ledger: { give: 4, ask: 2, service: 1 },
    factKinds: ["interest", "family", "goal"],
    hasBirthday: true,
    hasHowWeMet: false,
    inbound: 3,
    outbound: 5,
    getBacksDue: 4,
    getBacksKept: 3,
    ...overrides,
  };
}

const part = (key: HealthPartKey, overrides: Partial<HealthInput> = {}) =>
  healthOf(input(overrides), defaultAgendaSettings, today).parts.find((p) => p.key === key);

describe("relationship health", () => {
  it("shows every part with its weight, adding to 100", () => {
    const health = healthOf(input(), defaultAgendaSettings, today);
    expect(health.parts.map((p) => [p.key, p.weight])).toEqual(Object.entries(healthWeights));
    expect(health.parts.reduce((n, p) => n + p.weight, 0)).toBe(100);
    // 100·30 + 100·20 + 44·20 + 75·15 + 75·15 = 8130 → 81
    expect(health.score).toBe(81);
  });

  it.each<[string, Partial<HealthInput>, number, string]>([
    ["recency is full within the cadence", {}, 100, "Last touch 13 days ago, within the 45-day rhythm"],
    [
      "recency fades past the cadence",
      { lastTouchOn: "2024-12-14" },
      50,
      "Last touch 90 days ago, 45 days past the 45-day rhythm",
    ],
    [
      "recency is gone at three cadences",
      { lastTouchOn: "2024-09-01" },
      0,
      "Last touch 194 days ago, 149 days past the 45-day rhythm",
    ],
    [
      "recency of a never-touched contact counts from when they were added",
      { lastTouchOn: null, createdOn: "2025-03-10" },
      100,
      "Not contacted yet, added 4 days ago, within the 45-day rhythm",
    ],
    [
      "recency uses their own cadence",
      { cadenceDays: 7 },
      57,
      "Last touch 13 days ago, 6 days past the 7-day rhythm",
    ],
    [
      "recency of a lost contact is measured against 90 days",
      { stage: "lost", lastTouchOn: "2025-01-01" },
      100,
      "Last touch 72 days ago, within the 90-day rhythm",
    ],
  ])("%s", (_name, overrides, score, detail) => {
    expect(part("recency", overrides)).toMatchObject({ score, detail });
  });

  it.each<[string, Partial<HealthInput>, number, string]>([
    [
      "give/take is full at two gives per ask",
      { ledger: { give: 4, ask: 2, service: 0 } },
      100,
      "4 gives and 2 asks in the last 90 days",
    ],
    [
      "give/take halves at one give per ask",
      { ledger: { give: 1, ask: 1, service: 0 } },
      50,
      "1 give and 1 ask in the last 90 days",
    ],
    [
      "give/take is empty with only asks",
      { ledger: { give: 0, ask: 3, service: 0 } },
      0,
      "0 gives and 3 asks in the last 90 days",
    ],
    [
      "give/take is neutral with neither",
      { ledger: { give: 0, ask: 0, service: 4 } },
      50,
      "No gives or asks in the last 90 days",
    ],
  ])("%s", (_name, overrides, score, detail) => {
    expect(part("give_take", overrides)).toMatchObject({ score, detail });
  });

  it.each<[string, Partial<HealthInput>, number, string]>([
    ["depth counts fact kinds and the birthday", {}, 44, "4 of 9 things a friend would know"],
    [
      "depth counts how we met once, from the field or a fact",
      { factKinds: ["how_we_met"], hasHowWeMet: true, hasBirthday: false },
      11,
      "1 of 9 things a friend would know",
    ],
    [
      "depth is full when we know it all",
      {
        factKinds: [...factKinds],
      },
      100,
      "9 of 9 things a friend would know",
    ],
  ])("%s", (_name, overrides, score, detail) => {
    expect(part("depth", overrides)).toMatchObject({ score, detail });
  });

  it.each<[string, Partial<HealthInput>, number, string]>([
    [
      "reciprocity is full when they reach out as often as we do",
      { inbound: 4, outbound: 4 },
      100,
      "They started 4 of the last 8 touches",
    ],
    [
      "reciprocity is partial when we do most of the reaching",
      { inbound: 1, outbound: 4 },
      40,
      "They started 1 of the last 5 touches",
    ],
    [
      "reciprocity is empty without touches",
      { inbound: 0, outbound: 0 },
      0,
      "No touches either way in the last 90 days",
    ],
  ])("%s", (_name, overrides, score, detail) => {
    expect(part("reciprocity", overrides)).toMatchObject({ score, detail });
  });

  it.each<[string, Partial<HealthInput>, number, string]>([
    ["commitments score the share of get-backs kept", {}, 75, "3 of 4 get-backs kept on time"],
    [
      "commitments are whole before any get-back came due",
      { getBacksDue: 0, getBacksKept: 0 },
      100,
      "No agreed get-back has come due yet",
    ],
  ])("%s", (_name, overrides, score, detail) => {
    expect(part("commitments", overrides)).toMatchObject({ score, detail });
  });

  it("follows the ledger window setting in its wording", () => {
    const health = healthOf(input(), mergeSettings({ ledgerWindowDays: 30 }), today);
    expect(health.parts.find((p) => p.key === "give_take")?.detail).toBe(
      "4 gives and 2 asks in the last 30 days",
    );
  });

  it("counts the birthday as one more thing known", () => {
    expect(depthKnown(["family"], true, false)).toBe(2);
    expect(depthKnown(["family"], false, false)).toBe(1);
  });
});

describe("health bands", () => {
  const untouched: Partial<HealthInput> = {
    ledger: { give: 0, ask: 0, service: 0 },
    factKinds: [],
    hasBirthday: false,
    inbound: 0,
    outbound: 0,
    getBacksDue: 0,
    getBacksKept: 0,
  };
  const scoreOf = (overrides: Partial<HealthInput>) =>
    healthOf(input(overrides), defaultAgendaSettings, today).score;

  it.each<[string, Partial<HealthInput>, string]>([
    ["a contact known well, given to and heard from is strong", {}, "strong"],
    ["a contact kept in rhythm but otherwise unknown is steady", untouched, "steady"],
    [
      "an unknown contact one rhythm past due is cooling",
      { ...untouched, lastTouchOn: "2024-12-14" },
      "cooling",
    ],
    [
      "an unknown contact three rhythms without a touch is cold",
      { ...untouched, lastTouchOn: "2024-09-01" },
      "cold",
    ],
  ])("%s", (_, overrides, band) => {
    expect(healthBandOf(scoreOf(overrides))).toBe(band);
  });

  it.each([
    [100, "strong"],
    [70, "strong"],
    [69, "steady"],
    [50, "steady"],
    [49, "cooling"],
    [30, "cooling"],
    [29, "cold"],
    [0, "cold"],
  ])("puts a score of %i in the %s band", (score, band) => {
    expect(healthBandOf(score)).toBe(band);
  });

  it("lists the bands from 100 down to 0 without gaps", () => {
    expect(healthBands[0].to).toBe(100);
    for (let i = 1; i < healthBands.length; i++)
      expect(healthBands[i]!.to).toBe(healthBands[i - 1]!.from - 1);
    expect(healthBands[healthBands.length - 1]!.from).toBe(0);
  });

  it("counts every score in its band and gives the median", () => {
    const spread = healthDistribution([81, 55, 27, 33, 50]);
    expect(spread.bands).toEqual([
      { band: "strong", from: 70, to: 100, contacts: 1 },
      { band: "steady", from: 50, to: 69, contacts: 2 },
      { band: "cooling", from: 30, to: 49, contacts: 1 },
      { band: "cold", from: 0, to: 29, contacts: 1 },
    ]);
    expect(spread.median).toBe(50);
  });

  it.each<[number[], number | null]>([
    [[], null],
    [[40], 40],
    [[40, 61], 50.5],
    [[90, 10, 40, 61], 50.5],
  ])("takes the median of %j as %s", (scores, median) => {
    expect(healthDistribution(scores).median).toBe(median);
  });

  it("shows every band, with zero contacts, for an empty book", () => {
    expect(healthDistribution([]).bands.map((b) => b.contacts)).toEqual([0, 0, 0, 0]);
  });
});
