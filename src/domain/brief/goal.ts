// The goal of the call (P6, P7) and what to watch for. Usually a meeting or a kindness, never a close.
import { isFinalDealStage } from "../deals.js";
import type { Deal, DealStage, IsoDate, Stage } from "../model.js";
import { isPostSale } from "../model.js";
import type { Warning } from "../steps.js";
import type { BriefGetBack, LedgerCounts } from "./types.js";

const openRank: Partial<Record<DealStage, number>> = {
  exploring: 0,
  needs_understood: 1,
  solution_shared: 2,
  deciding: 3,
};

/** The open deal furthest along (the one the call is most likely about), or null. */
export function leadingDeal(deals: Deal[]): Deal | null {
  let best: Deal | null = null;
  for (const deal of deals) {
    if (isFinalDealStage(deal.stage)) continue;
    if (best === null || (openRank[deal.stage] ?? 0) > (openRank[best.stage] ?? 0)) best = deal;
  }
  return best;
}

function getBackNote(getBack: BriefGetBack | null): string {
  if (getBack === null || getBack.when === "upcoming") return "";
  return ` You both agreed to talk on ${getBack.on}.`;
}

/**
 * One sentence on what a good call achieves for this contact.
 * @example callGoal("client", [], null) // "Keep in touch and give: …"
 */
export function callGoal(stage: Stage, deals: Deal[], getBack: BriefGetBack | null): string {
  if (stage === "lost" || stage === "not_a_fit") {
    return "No agenda: see how they are and keep the door open. If things have changed for them, offer to meet.";
  }
  const deal = leadingDeal(deals);
  if (deal?.stage === "deciding") {
    return `Hear where they stand on ${deal.title} and agree the next step together; the decision is theirs, in their own time.${getBackNote(getBack)}`;
  }
  if (deal?.stage === "solution_shared") {
    return `Hear what they think of what you shared for ${deal.title}, and any concern left; offer to meet and go through it together.`;
  }
  if (isPostSale(stage)) {
    const aside = deal === null ? "" : ` If they bring up ${deal.title}, listen and note what they need.`;
    return `Keep in touch and give: ask about their life, offer something useful, ask for nothing.${aside}`;
  }
  if (deal !== null) {
    return `Understand what they need from ${deal.title} and agree on a meeting, face to face if you can.`;
  }
  return "Get to know them and agree on a first meeting, face to face if you can.";
}

/** Things the caller should know before dialling. */
export function briefWarnings(
  stage: Stage,
  ledger: LedgerCounts,
  deals: Deal[],
  getBack: BriefGetBack | null,
  today: IsoDate,
): Warning[] {
  const warnings: Warning[] = [];
  if (isPostSale(stage) && ledger.ask > ledger.give) {
    warnings.push({
      code: "sales_mode",
      field: "ledger",
      message: `Recent touches asked (${ledger.ask}) more than they gave (${ledger.give}). Make this one a give: no request.`,
    });
  }
  if (getBack?.when === "past") {
    warnings.push({
      code: "get_back_passed",
      field: "lastGetBack",
      message: `The day you agreed to get back to each other (${getBack.on}) has passed. Say so, and agree a new one.`,
    });
  }
  for (const deal of deals) {
    if (deal.stage === "deciding" && deal.decisionOn !== null && deal.decisionOn < today) {
      warnings.push({
        code: "decision_date_passed",
        field: "deals",
        message: `The agreed decision date for ${deal.title} (${deal.decisionOn}) has passed. Ask where they are, without pressure.`,
      });
    }
    const presented = deal.stage === "solution_shared" || deal.stage === "deciding";
    if (presented && (deal.needs === null || deal.needs.trim() === "")) {
      warnings.push({
        code: "needs_missing",
        field: "deals",
        message: `${deal.title} is past the needs step with no needs recorded. Listen for them on this call.`,
      });
    }
  }
  return warnings;
}
