// Agenda settings: plain data with defaults; the server validates edits with its own schema.
import type { Stage } from "../model.js";

export interface AgendaSettings {
  /** Days between touches per stage (P11); `null` means no cadence for that stage. */
  cadenceDays: Record<Stage, number | null>;
  /** Days of silence after an ask or proposal before a quiet prospect gets a feedback call (P10). */
  feedbackWindowDays: number;
  /** Ordinary follow-ups after the ask that must go unanswered before the feedback call (P10). */
  feedbackAfterFollowUps: number;
  /** Days before a contract ends that its renewal conversation is due (P13). */
  renewalWindowDays: number;
  /** How many items the agenda shows before the rest go to `later`. */
  agendaSize: number;
  /** Unanswered outbound touches after which the cadence slows down and changes channel. */
  attemptsBeforeStretch: number;
  /** Cadence multipliers: the first after `attemptsBeforeStretch` unanswered touches, the next after twice that… (the last one holds). */
  stretchFactors: readonly number[];
  /** Days of touches counted in the give/take ledger (P4). */
  ledgerWindowDays: number;
  /** For clients and advocates: propose a no-occasion give when the last give is at least this old (P15). */
  noOccasionGiftEveryDays: number;
}

export type AgendaSettingsPatch = Partial<Omit<AgendaSettings, "cadenceDays">> & {
  cadenceDays?: Partial<Record<Stage, number | null>>;
};

export const defaultAgendaSettings: AgendaSettings = Object.freeze({
  cadenceDays: Object.freeze({
    prospect: 10,
    customer: 21,
    client: 45,
    advocate: 90,
    lost: null,
    not_a_fit: null,
  }),
  feedbackWindowDays: 10,
  feedbackAfterFollowUps: 1,
  renewalWindowDays: 45,
  agendaSize: 15,
  attemptsBeforeStretch: 3,
  stretchFactors: Object.freeze([2, 3]),
  ledgerWindowDays: 90,
  noOccasionGiftEveryDays: 120,
});

function definedEntries<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Settings with `patch` laid over `base` (the defaults unless given); `undefined` values are ignored.
 * @example mergeSettings({ cadenceDays: { client: 30 }, agendaSize: 10 })
 */
export function mergeSettings(
  patch: AgendaSettingsPatch = {},
  base: AgendaSettings = defaultAgendaSettings,
): AgendaSettings {
  const { cadenceDays, ...rest } = patch;
  return {
    ...base,
    ...definedEntries(rest),
    cadenceDays: { ...base.cadenceDays, ...definedEntries(cadenceDays ?? {}) },
  };
}

/** The cadence in days: the contact's override, else the stage's; `null` when there is none. */
export function cadenceFor(stage: Stage, override: number | null, settings: AgendaSettings): number | null {
  const days = override ?? settings.cadenceDays[stage];
  return days !== null && days > 0 ? days : null;
}

/** 0 while they answer; 1 after `attemptsBeforeStretch` unanswered touches, 2 after twice that, … */
export function stretchLevel(unansweredOutbound: number, settings: AgendaSettings): number {
  const every = settings.attemptsBeforeStretch;
  return every > 0 ? Math.floor(Math.max(0, unansweredOutbound) / every) : 0;
}

/** The cadence multiplier for a stretch level (1 at level 0). */
export function stretchFactor(level: number, settings: AgendaSettings): number {
  const factors = settings.stretchFactors;
  if (level <= 0 || factors.length === 0) return 1;
  return factors[Math.min(level, factors.length) - 1] ?? 1;
}
