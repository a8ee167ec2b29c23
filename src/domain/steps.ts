// Conversation steps (P5): rapport, listening, needs, solution, decision. Pure.
import { steps, type Step } from "./model.js";

/** A non-blocking finding: the action goes through, the user is told why it may be unwise. */
export interface Warning {
  code: string;
  message: string;
  /** The input field the warning is about, when there is one. */
  field?: string;
}

/** Whether a touch may jump ahead: the earlier steps were reached on another touch or the deal. */
export interface StepContext {
  /** A solution was already shared on this deal (e.g. its stage is `solution_shared` or later). */
  solutionShared?: boolean;
}

const stepIndex = new Map<string, number>(steps.map((step, i) => [step, i]));

/**
 * The steps of a touch deduplicated and in conversation order; unknown values are dropped.
 * @example normaliseSteps(["needs", "rapport", "needs"]) // ["rapport", "needs"]
 */
export function normaliseSteps(touchSteps: readonly string[]): Step[] {
  const present = new Set(touchSteps);
  return steps.filter((step) => present.has(step));
}

/** The furthest step reached in a conversation, or null when none was recorded. */
export function furthestStep(touchSteps: readonly string[]): Step | null {
  const ordered = normaliseSteps(touchSteps);
  return ordered[ordered.length - 1] ?? null;
}

/** Position of a step in the conversation (0 for rapport), -1 when unknown. */
export function stepRank(step: string): number {
  return stepIndex.get(step) ?? -1;
}

/**
 * Warnings for the steps recorded on a touch. Never blocks: the touch is saved either way.
 * `needsKnown` is true when the deal already has its needs recorded.
 * @example stepWarnings(["rapport", "solution"], false) // [{ code: "presented_before_needs", … }]
 */
export function stepWarnings(
  touchSteps: readonly Step[],
  needsKnown: boolean,
  context: StepContext = {},
): Warning[] {
  const reached = new Set(normaliseSteps(touchSteps));
  const warnings: Warning[] = [];
  const presented = reached.has("solution") || reached.has("decision");
  if (presented && !needsKnown && !reached.has("needs")) {
    warnings.push({
      code: "presented_before_needs",
      field: "steps",
      message:
        "A solution or a decision came before their needs were understood. People only accept an answer " +
        "to a problem they have told you about; next time, listen and play their needs back to them first.",
    });
  }
  if (reached.has("decision") && !reached.has("solution") && context.solutionShared !== true) {
    warnings.push({
      code: "decision_before_solution",
      field: "steps",
      message:
        "A decision was asked for before any solution was shared. Nobody can decide on something they " +
        "have not seen; share a solution that fits their needs, then agree when to get back to each other.",
    });
  }
  return warnings;
}
