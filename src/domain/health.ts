// Relationship health (P14): one score out of 100, always shown with the parts it is made of.
import { cadenceFor, type AgendaSettings } from "./agenda/settings.js";
import { daysBetween } from "./dates.js";
import type { Ledger } from "./ledger.js";
import { factKinds, type FactKind, type IsoDate, type Stage } from "./model.js";

/** Per-contact aggregates; counts are over `settings.ledgerWindowDays` unless said otherwise. */
export interface HealthInput {
  stage: Stage;
  /** The contact's own cadence, `null` for the stage's. */
  cadenceDays: number | null;
  createdOn: IsoDate;
  lastTouchOn: IsoDate | null;
  /** Outbound touches by intent. */
  ledger: Ledger;
  /** Distinct kinds of facts we hold about them. */
  factKinds: readonly FactKind[];
  hasBirthday: boolean;
  /** The contact's "how we met" field is filled (counts like a `how_we_met` fact). */
  hasHowWeMet: boolean;
  /** Touches they started, and touches we started. */
  inbound: number;
  outbound: number;
  /** All time: agreed get-back dates already past, and how many of them were met (a touch by the day after). */
  getBacksDue: number;
  getBacksKept: number;
}

export const healthPartKeys = ["recency", "give_take", "depth", "reciprocity", "commitments"] as const;
export type HealthPartKey = (typeof healthPartKeys)[number];

export interface HealthPart {
  key: HealthPartKey;
  score: number;
  weight: number;
  detail: string;
}

export interface Health {
  score: number;
  parts: HealthPart[];
}

export const healthWeights: Readonly<Record<HealthPartKey, number>> = Object.freeze({
  recency: 30,
  give_take: 20,
  depth: 20,
  reciprocity: 15,
  commitments: 15,
});

/** Recency is measured against this when the contact has no cadence (lost, not a fit). */
export const recencyWithoutCadenceDays = 90;
/** Give/take scores 100 at this many gives per ask. */
export const targetGivesPerAsk = 2;
/** Reciprocity scores 100 when this share of touches comes from them. */
export const targetInboundShare = 0.5;
/** Depth counts the 8 fact kinds plus the birthday. */
export const depthMax = factKinds.length + 1;

/** How many of the depth items we know: distinct fact kinds (how-we-met from a fact or the field) and the birthday. */
export function depthKnown(kinds: readonly FactKind[], hasBirthday: boolean, hasHowWeMet: boolean): number {
  const known = new Set(kinds);
  if (hasHowWeMet) known.add("how_we_met");
  return known.size + (hasBirthday ? 1 : 0);
}

const clamp = (n: number): number => Math.max(0, Math.min(100, Math.round(n)));

function recency(input: HealthInput, settings: AgendaSettings, today: IsoDate): Omit<HealthPart, "weight"> {
  const cadence = cadenceFor(input.stage, input.cadenceDays, settings) ?? recencyWithoutCadenceDays;
  const days = daysBetween(input.lastTouchOn ?? input.createdOn, today);
  const score = days <= cadence ? 100 : clamp(100 * (1 - (days - cadence) / (2 * cadence)));
  const since =
    input.lastTouchOn === null ? `Not contacted yet, added ${days} days ago` : `Last touch ${days} days ago`;
  const against =
    days <= cadence
      ? `within the ${cadence}-day rhythm`
      : `${days - cadence} days past the ${cadence}-day rhythm`;
  return { key: "recency", score, detail: `${since}, ${against}` };
}

function giveTake({ give, ask }: Ledger, windowDays: number): Omit<HealthPart, "weight"> {
  const score = ask === 0 ? (give > 0 ? 100 : 50) : clamp((100 * give) / (targetGivesPerAsk * ask));
  const detail =
    give + ask === 0
      ? `No gives or asks in the last ${windowDays} days`
      : `${give} give${give === 1 ? "" : "s"} and ${ask} ask${ask === 1 ? "" : "s"} in the last ${windowDays} days`;
  return { key: "give_take", score, detail };
}

function depth(input: HealthInput): Omit<HealthPart, "weight"> {
  const known = depthKnown(input.factKinds, input.hasBirthday, input.hasHowWeMet);
  return {
    key: "depth",
    score: clamp((100 * known) / depthMax),
    detail: `${known} of ${depthMax} things a friend would know`,
  };
}

function reciprocity({ inbound, outbound }: HealthInput, windowDays: number): Omit<HealthPart, "weight"> {
  const total = inbound + outbound;
  if (total === 0)
    return { key: "reciprocity", score: 0, detail: `No touches either way in the last ${windowDays} days` };
  const score = clamp((100 * inbound) / total / targetInboundShare);
  return { key: "reciprocity", score, detail: `They started ${inbound} of the last ${total} touches` };
}

function commitments({ getBacksDue, getBacksKept }: HealthInput): Omit<HealthPart, "weight"> {
  if (getBacksDue === 0)
    return { key: "commitments", score: 100, detail: "No agreed get-back has come due yet" };
  const kept = Math.min(getBacksKept, getBacksDue);
  return {
    key: "commitments",
    score: clamp((100 * kept) / getBacksDue),
    detail: `${kept} of ${getBacksDue} get-backs kept on time`,
  };
}

/**
 * A contact's relationship health: recency against their cadence, give/take, depth, reciprocity and
 * commitments kept, each scored 0–100 and weighted into the total.
 * @example healthOf(input, defaultAgendaSettings, "2025-03-14").parts.find((p) => p.key === "depth")
 */
export function healthOf(input: HealthInput, settings: AgendaSettings, today: IsoDate): Health {
  const window = settings.ledgerWindowDays;
  const parts = [
    recency(input, settings, today),
    giveTake(input.ledger, window),
    depth(input),
    reciprocity(input, window),
    commitments(input),
  ].map((p) => ({ ...p, weight: healthWeights[p.key] }));
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  return { score: clamp(parts.reduce((sum, p) => sum + p.score * p.weight, 0) / total), parts };
}

// Bands read the score as the parts make it: a contact touched within their rhythm and otherwise
// unknown scores 55 (recency 30, neutral give/take 10, no broken get-back 15), which is steady.
// Strong takes more than keeping the rhythm (knowing them, giving, hearing from them); cooling is
// recency slipping past the rhythm; cold is such a contact some three rhythms without a touch.
export const healthBands = [
  { band: "strong", from: 70, to: 100 },
  { band: "steady", from: 50, to: 69 },
  { band: "cooling", from: 30, to: 49 },
  { band: "cold", from: 0, to: 29 },
] as const;
export type HealthBand = (typeof healthBands)[number]["band"];
export const healthBandNames = healthBands.map((b) => b.band);

/** The band a health score (0–100, whole) falls in. */
export function healthBandOf(score: number): HealthBand {
  return healthBands.find((b) => score >= b.from)?.band ?? "cold";
}

export interface HealthDistribution {
  /** Every band, strongest first, with how many of the scores fall in it. */
  bands: { band: HealthBand; from: number; to: number; contacts: number }[];
  /** The middle score (the mean of the two middle ones for an even count); `null` with no scores. */
  median: number | null;
}

/**
 * How a set of contacts' health scores spread over the bands, and their median.
 * @example healthDistribution([80, 55, 20]).median // 55
 */
export function healthDistribution(scores: readonly number[]): HealthDistribution {
  const bands = healthBands.map((b) => ({ ...b, contacts: 0 }));
  for (const score of scores) {
    const band = bands.find((b) => b.band === healthBandOf(score));
    if (band) band.contacts++;
  }
  return { bands, median: medianOf(scores) };
}

function medianOf(scores: readonly number[]): number | null {
  const sorted = [...scores].sort((a, b) => a - b);
  const high = sorted[Math.floor(sorted.length / 2)];
  const low = sorted[Math.floor((sorted.length - 1) / 2)];
  return low === undefined || high === undefined ? null : (low + high) / 2;
}
