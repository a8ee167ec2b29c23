// The truth-based deal stages (P8) as the board shows them, and where a deal may move from each.
import type { components } from "../api/schema";

export type Deal = components["schemas"]["Deal"];
export type DealStage = Deal["stage"];

export const openStages = ["exploring", "needs_understood", "solution_shared", "deciding"] as const;
export const closedStages = ["won", "lost", "no_fit"] as const;

export const stageLabel: Record<DealStage, string> = {
  exploring: "Exploring",
  needs_understood: "Needs understood",
  solution_shared: "Solution shared",
  deciding: "Deciding",
  won: "Won",
  lost: "Lost",
  no_fit: "No fit",
};

/** What has to be true of a deal in each stage: what the client told us, not what we hope. */
export const stageMeaning: Record<DealStage, string> = {
  exploring: "Getting to know them; no need heard yet.",
  needs_understood: "They told us what they need, in their words.",
  solution_shared: "We showed how we could help with that need.",
  deciding: "They are deciding, by a date we both agreed.",
  won: "They said yes.",
  lost: "They said no.",
  no_fit: "We agreed it is not the right fit.",
};

const isClosed = (stage: DealStage) => (closedStages as readonly DealStage[]).includes(stage);

const ordered: readonly DealStage[] = [...openStages, ...closedStages];

/** Stages a deal can be moved to: an ended deal only reopens to exploring (the API's rule). */
export function movesFrom(stage: DealStage): DealStage[] {
  if (isClosed(stage)) return ["exploring"];
  return ordered.filter((s) => s !== stage);
}

/** Moving here needs their needs on record (or a reason to move without them). */
export function needsNeeds(stage: DealStage): boolean {
  return stage === "needs_understood" || stage === "solution_shared" || stage === "deciding";
}

export function openConcerns(deal: Deal) {
  return deal.concerns.filter((c) => c.status !== "answered");
}
