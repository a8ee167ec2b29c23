// The rule table: what each rule looks for, how severe it is, and when it applies.
import { isPostSale } from "../model.js";
import { afterSalePhrases, pressurePhrases } from "./phrases-closing.js";
import { buzzwords, chaserPhrases, superlativePhrases } from "./phrases-tone.js";
import type { CatalogEntry, CoachContext, DraftKind, RuleId, Severity } from "./types.js";
import { ruleIds } from "./types.js";

export interface PhraseEntry {
  pattern: string;
  plain?: string;
}

/** A rule found by phrases; the two absence rules (no-open-question, no-next-step) live in conversation.ts. */
export interface PhraseRule {
  id: RuleId;
  /** Whether "no", "not", "won't"… earlier in the clause turn the phrase around. */
  negatable: boolean;
  applies: (kind: DraftKind, context: CoachContext) => boolean;
  phrases: readonly PhraseEntry[];
}

const always = (): boolean => true;
const entries = (patterns: readonly string[]): PhraseEntry[] => patterns.map((pattern) => ({ pattern }));

export const phraseRules: readonly PhraseRule[] = [
  { id: "buzzword", negatable: false, applies: always, phrases: buzzwords },
  { id: "pressure", negatable: true, applies: always, phrases: entries(pressurePhrases) },
  // These three are read as constructions (constructions.ts); a workspace may still add phrases.
  { id: "assumptive-close", negatable: true, applies: always, phrases: [] },
  { id: "chaser", negatable: true, applies: always, phrases: entries(chaserPhrases) },
  { id: "cancel-account", negatable: true, applies: always, phrases: [] },
  {
    id: "decision-over-phone",
    negatable: true,
    applies: (kind) => kind === "call_script",
    phrases: [],
  },
  { id: "over-excited", negatable: false, applies: always, phrases: entries(superlativePhrases) },
  {
    id: "selling-after-sale",
    negatable: true,
    applies: (_kind, context) => context.stage !== undefined && isPostSale(context.stage),
    phrases: entries(afterSalePhrases),
  },
];

const severities: Record<RuleId, Severity> = {
  buzzword: "warning",
  pressure: "error",
  "assumptive-close": "error",
  chaser: "warning",
  "cancel-account": "error",
  "decision-over-phone": "error",
  "over-excited": "warning",
  // Listening comes before presenting (P5): a draft that asks nothing is worth a warning.
  "no-open-question": "warning",
  // Not every note needs a date (a thank-you can stand alone), so this one only informs.
  "no-next-step": "info",
  "selling-after-sale": "warning",
};

const descriptions: Record<RuleId, string> = {
  buzzword: "Jargon and filler (synergy, leverage, touch base, low-hanging fruit…).",
  pressure: "Urgency, scarcity and deadlines that push for a quick decision.",
  "assumptive-close": "Talks as if they had already bought (when you sign, which plan will you go with…).",
  chaser: "Chasing for an answer (just checking in, any update?, bumping this…).",
  "cancel-account": "Asks whether they want to close, cancel or not renew their account.",
  "decision-over-phone": "Call scripts only: asks for a decision or commitment on the call.",
  "over-excited": "Runs of exclamation marks, words in capitals beyond acronyms, superlatives.",
  "no-open-question": "Emails, messages and call scripts: no question that invites them to talk.",
  "no-next-step": "Emails, messages and call scripts: no proposed day or time to get back to each other.",
  "selling-after-sale":
    "Past the prospect stage only: upsell, upgrade, renewal or referral asks, special offers.",
};

export const severityOf = (rule: RuleId): Severity => severities[rule];

/** One row per rule, for docs and UI: the id, its severity and what it looks for. */
export const ruleCatalog: readonly CatalogEntry[] = ruleIds.map((id) => ({
  id,
  severity: severities[id],
  description: descriptions[id],
}));
