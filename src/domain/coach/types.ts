// Public vocabulary of the draft coach (P12). Pure types and constants.
import type { Stage } from "../model.js";

export const draftKinds = ["email", "message", "call_script", "note"] as const;
export type DraftKind = (typeof draftKinds)[number];

export type Severity = "error" | "warning" | "info";

export const ruleIds = [
  "buzzword",
  "pressure",
  "assumptive-close",
  "chaser",
  "cancel-account",
  "decision-over-phone",
  "over-excited",
  "no-open-question",
  "no-next-step",
  "selling-after-sale",
] as const;
export type RuleId = (typeof ruleIds)[number];

/** One thing the coach noticed: `excerpt === text.slice(start, end)`. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  /** Why it matters, in one sentence. */
  message: string;
  /** A kinder alternative, usually a concrete rewrite. */
  suggestion: string;
}

/** What we know about the person the draft is for; every field is optional. */
export interface CoachContext {
  stage?: Stage;
  openConcerns?: string[];
  facts?: string[];
  contactName?: string;
}

/** Per-workspace tuning. Unknown rule ids are ignored. */
export interface CoachConfig {
  disabledRules?: string[];
  /** Plain phrases (not regexes) added to a rule's own; see `lintDraft` for the two absence rules. */
  extraPhrases?: Partial<Record<RuleId, string[]>>;
}

export interface CatalogEntry {
  id: RuleId;
  severity: Severity;
  description: string;
}
