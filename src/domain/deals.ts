// Truth-based deal stages and concerns (P8): a deal moves on what the client told us. Pure.
import { isValidDate } from "./dates.js";
import {
  dealStages,
  type Concern,
  type ConcernStatus,
  type Deal,
  type DealStage,
  type IsoDate,
} from "./model.js";
import type { Warning } from "./steps.js";

/** Why a change was refused, naming the input field to fix. */
export interface Refusal {
  code: string;
  field: string;
  message: string;
}

/** What the user asks for. For `needs`/`decisionOn`: `undefined` keeps the deal's value, `null` clears it. */
export interface DealChange {
  stage: DealStage;
  needs?: string | null;
  decisionOn?: IsoDate | null;
  overrideReason?: string | null;
  outcomeFeedback?: string | null;
}

export type DealState = Pick<Deal, "stage" | "needs" | "decisionOn"> & Partial<Pick<Deal, "outcomeFeedback">>;

export type DealTransition = { ok: true; warnings: Warning[] } | { ok: false; reason: Refusal };

/** Stages that end a deal; only a reopening (back to `exploring`) leaves them. */
export const finalDealStages = ["won", "lost", "no_fit"] as const satisfies readonly DealStage[];

export function isFinalDealStage(stage: DealStage): boolean {
  return (finalDealStages as readonly DealStage[]).includes(stage);
}

function filled(text: string | null | undefined): text is string {
  return typeof text === "string" && text.trim() !== "";
}

function refuse(code: string, field: string, message: string): DealTransition {
  return { ok: false, reason: { code, field, message } };
}

// Understanding their needs means having written them down; sharing a solution needs them too.
const needsFirst = new Set<DealStage>(["needs_understood", "solution_shared", "deciding"]);

/**
 * Checks a stage change against what we know. Refusals are values; warnings let it through.
 * @example dealTransition({ stage: "exploring", needs: null, decisionOn: null }, { stage: "deciding" }, "2025-03-01")
 * // { ok: false, reason: { code: "needs_required", field: "needs", … } }
 */
export function dealTransition(deal: DealState, change: DealChange, today: IsoDate): DealTransition {
  const from = deal.stage;
  const to = change.stage;
  const warnings: Warning[] = [];
  if (typeof change.decisionOn === "string" && !isValidDate(change.decisionOn)) {
    return refuse("invalid_date", "decisionOn", "The decision date must be a calendar date, YYYY-MM-DD.");
  }

  if (isFinalDealStage(from) && to !== from) {
    if (to !== "exploring") {
      return refuse(
        "deal_closed",
        "stage",
        `This deal ended as ${from.replaceAll("_", " ")}. Reopen it to exploring first if the conversation has started again.`,
      );
    }
    warnings.push({
      code: "deal_reopened",
      field: "stage",
      message: `Reopened a deal that had ended as ${from.replaceAll("_", " ")}: start again by listening, needs may have changed.`,
    });
  }

  const needs = change.needs !== undefined ? change.needs : deal.needs;
  if (needsFirst.has(to) && !filled(needs)) {
    if (!filled(change.overrideReason)) {
      return refuse(
        "needs_required",
        "needs",
        to === "needs_understood"
          ? "Write down what they need, in their words, to mark their needs understood; or give a reason to override."
          : "Record what they need, in their words, before sharing a solution; or give a reason to override.",
      );
    }
    warnings.push({
      code: "needs_overridden",
      field: "overrideReason",
      message: "Moved ahead without their needs recorded. Write them down as soon as you have heard them.",
    });
  }

  const decisionOn = change.decisionOn !== undefined ? change.decisionOn : deal.decisionOn;
  if (to === "deciding") {
    const checked = checkDecisionDate(decisionOn, change.decisionOn !== undefined || from !== to, today);
    if (!checked.ok) return checked;
    warnings.push(...checked.warnings);
  }

  if ((to === "lost" || to === "no_fit") && !filled(change.outcomeFeedback ?? deal.outcomeFeedback)) {
    warnings.push({
      code: "feedback_missing",
      field: "outcomeFeedback",
      message:
        "A no is a fair answer. Ask what made the difference and write it down: it is the most useful thing they can give you.",
    });
  }
  if (to === "won" && from !== "won" && !filled(needs)) {
    warnings.push({
      code: "won_without_needs",
      field: "needs",
      message:
        "Won with no needs recorded. Note what they bought it for, so future conversations start there.",
    });
  }
  return { ok: true, warnings };
}

// An agreed decision date is the point of `deciding`: it cannot be missing, and a new one cannot be past.
function checkDecisionDate(decisionOn: IsoDate | null, isNew: boolean, today: IsoDate): DealTransition {
  if (decisionOn === null) {
    return refuse(
      "decision_date_required",
      "decisionOn",
      "Deciding needs a date you both agreed on to get back to each other with a decision.",
    );
  }
  if (decisionOn >= today) return { ok: true, warnings: [] };
  if (isNew) {
    return refuse(
      "decision_date_past",
      "decisionOn",
      "The agreed decision date is in the past. Agree a new date with them.",
    );
  }
  return {
    ok: true,
    warnings: [
      {
        code: "decision_date_passed",
        field: "decisionOn",
        message: "The date you agreed for a decision has passed. Call to hear where they are, not to chase.",
      },
    ],
  };
}

export type ConcernChange =
  { ok: true; value: Pick<Concern, "status" | "response"> } | { ok: false; reason: Refusal };

/**
 * Moves a concern: `answered` needs a response (given now or already on record); `open` reopens it.
 * The previous response is kept unless a new one is given.
 */
export function concernTransition(
  concern: Pick<Concern, "status" | "response">,
  to: ConcernStatus,
  response?: string | null,
): ConcernChange {
  const text = filled(response) ? response.trim() : concern.response;
  if (to === "answered" && !filled(text)) {
    return {
      ok: false,
      reason: {
        code: "response_required",
        field: "response",
        message: "Write down how the concern was answered; an answer nobody recorded will be asked again.",
      },
    };
  }
  return { ok: true, value: { status: to, response: filled(text) ? text : null } };
}

/** The concerns still waiting for an answer or an acknowledgement, oldest first. */
export function openConcerns(deal: Pick<Deal, "concerns">): Concern[] {
  return deal.concerns
    .filter((concern) => concern.status === "open")
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Whether an amount and its currency go together: a figure needs its currency (a currency alone is
 * fine: the figure may come later). `null` when they do.
 */
export function amountIssue(amount: number | null, currency: string | null): string | null {
  return amount !== null && currency === null ? "required with an amount, e.g. EUR" : null;
}

/** Deals of one stage in one currency, as the store counts them (`currency` null: no figure yet). */
export interface PipelineCount {
  stage: DealStage;
  currency: string | null;
  deals: number;
  amount: number;
}

export interface PipelineStage {
  stage: DealStage;
  deals: number;
  /** What the stage's deals are worth, one total per currency, largest first. */
  totals: { currency: string; amount: number }[];
}

/**
 * The pipeline per stage, every stage in order (P8: by what the client told us), with its totals.
 * @example pipelineOf([{ stage: "deciding", currency: "EUR", deals: 2, amount: 9000 }])[3]
 */
export function pipelineOf(counts: readonly PipelineCount[]): PipelineStage[] {
  return dealStages.map((stage) => {
    const here = counts.filter((c) => c.stage === stage);
    const totals = here
      .filter((c) => c.currency !== null)
      .map((c) => ({ currency: c.currency as string, amount: c.amount }))
      .sort((a, b) => b.amount - a.amount || (a.currency < b.currency ? -1 : 1));
    return { stage, deals: here.reduce((n, c) => n + c.deals, 0), totals };
  });
}
