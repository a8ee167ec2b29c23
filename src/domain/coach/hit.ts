// A raw match before it becomes a Finding (severity, excerpt and wording are added last).
import type { RuleId } from "./types.js";

export interface Hit {
  rule: RuleId;
  start: number;
  end: number;
  /** Which wording to use when a rule has several kinds of evidence. */
  variant?: "bangs" | "many-bangs" | "caps";
  /** Everyday words to suggest instead (buzzwords). */
  plain?: string;
}
