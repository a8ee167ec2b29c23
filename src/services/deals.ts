// Deals move on what the client told us (P8): every stage change passes the domain's rules,
// and concerns are items of their own that get answered or acknowledged.
import type {
  ConcernCreate,
  ConcernUpdate,
  DealCreate,
  DealListQuery,
  DealUpdate,
} from "../contract/deals.js";
import { localDate } from "../domain/dates.js";
import {
  amountIssue,
  concernTransition,
  dealTransition,
  type DealChange,
  type DealState,
} from "../domain/deals.js";
import type { Concern, Deal, Instant } from "../domain/model.js";
import type { Warning } from "../domain/steps.js";
import { invalid, notFound } from "../errors.js";
import { getRow, insertRow, listRows, updateRow, type Page } from "../store/crud.js";
import type { Db } from "../store/db.js";
import {
  dealSpec,
  findConcern,
  insertConcern,
  listConcerns,
  updateConcern,
  type DealRecord,
} from "../store/deals.js";
import { contactSpec } from "../store/contacts.js";
import { archiving } from "./archiving.js";
import { contactChanged } from "./contacts.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { emit } from "./events.js";
import { ensureMember, ensureRef } from "./references.js";

/** A saved deal and what the stage rules want the user to know about the change. */
export type SavedDeal = Deal & { warnings: Warning[] };

const newDeal: DealState = { stage: "exploring", needs: null, decisionOn: null, outcomeFeedback: null };

function checkTransition(deal: DealState, change: DealChange, deps: Deps, actor: Actor): Warning[] {
  const result = dealTransition(deal, change, localDate(deps.now(), actor.timeZone));
  if (!result.ok) {
    const { field, message } = result.reason;
    throw invalid(message, [{ field, message }]);
  }
  return result.warnings;
}

/** Attaches their concerns to deals, loaded in one query for the lot. */
async function withConcerns(db: Db, workspaceId: string, deals: DealRecord[]): Promise<Deal[]> {
  const concerns = await listConcerns(
    db,
    workspaceId,
    deals.map((d) => d.id),
  );
  const byDeal = new Map<string, Concern[]>();
  for (const concern of concerns)
    byDeal.set(concern.dealId, [...(byDeal.get(concern.dealId) ?? []), concern]);
  return deals.map((deal) => ({ ...deal, concerns: byDeal.get(deal.id) ?? [] }));
}

async function withConcernsOne(db: Db, workspaceId: string, deal: DealRecord): Promise<Deal> {
  return { ...deal, concerns: await listConcerns(db, workspaceId, [deal.id]) };
}

function ensureAmount(amount: number | null, currency: string | null): void {
  const issue = amountIssue(amount, currency);
  if (issue) throw invalid(`currency: ${issue}`, [{ field: "currency", message: issue }]);
}

/**
 * After the sale, stop selling (P1): winning a prospect's deal makes them a customer, recorded as a
 * stage move, so that the agenda turns to gives.
 */
async function afterWin(db: Db, actor: Actor, deal: Pick<Deal, "contactId" | "stage">, at: Instant) {
  if (deal.stage !== "won") return;
  const contact = await getRow(db, contactSpec, actor.workspaceId, deal.contactId);
  if (contact.stage !== "prospect") return;
  const customer = await updateRow(db, contactSpec, actor.workspaceId, contact.id, { stage: "customer" }, at);
  await contactChanged(db, actor.workspaceId, contact.stage, customer, at);
}

export async function createDeal(deps: Deps, actor: Actor, input: DealCreate): Promise<SavedDeal> {
  const { overrideReason, ...fields } = input;
  const { stage, needs, decisionOn, outcomeFeedback } = fields;
  const change = { stage, needs, decisionOn, outcomeFeedback, overrideReason };
  const warnings = checkTransition(newDeal, change, deps, actor);
  ensureAmount(input.amount ?? null, input.currency ?? null);
  return deps.store.db.transaction().execute(async (trx) => {
    await ensureRef(trx, actor.workspaceId, "contacts", "contactId", input.contactId);
    await ensureMember(trx, actor.workspaceId, "ownerId", input.ownerId);
    const at = nowIso(deps);
    const deal = await insertRow(
      trx,
      dealSpec,
      actor.workspaceId,
      { ownerId: actor.userId, ...fields, stageOverrideReason: overrideReason ?? null },
      at,
    );
    await afterWin(trx, actor, deal, at);
    return { ...deal, concerns: [], warnings };
  });
}

export async function getDeal(deps: Deps, actor: Actor, id: string): Promise<Deal> {
  const deal = await getRow(deps.store.db, dealSpec, actor.workspaceId, id);
  return withConcernsOne(deps.store.db, actor.workspaceId, deal);
}

export async function updateDeal(
  deps: Deps,
  actor: Actor,
  id: string,
  input: DealUpdate,
  expectedVersion?: number,
): Promise<SavedDeal> {
  return deps.store.db.transaction().execute(async (trx) => {
    const before = await getRow(trx, dealSpec, actor.workspaceId, id);
    const { overrideReason, ...fields } = input;
    // Only what really changes is judged: re-sending a past decision date is not agreeing a new one.
    const needs = fields.needs !== before.needs ? fields.needs : undefined;
    const decisionOn = fields.decisionOn !== before.decisionOn ? fields.decisionOn : undefined;
    const stage = fields.stage ?? before.stage;
    const moved = stage !== before.stage || needs !== undefined || decisionOn !== undefined;
    const warnings = moved
      ? checkTransition(
          before,
          { stage, needs, decisionOn, overrideReason, outcomeFeedback: fields.outcomeFeedback },
          deps,
          actor,
        )
      : [];
    ensureAmount(
      fields.amount !== undefined ? fields.amount : before.amount,
      fields.currency !== undefined ? fields.currency : before.currency,
    );
    await ensureRef(trx, actor.workspaceId, "contacts", "contactId", input.contactId);
    await ensureMember(trx, actor.workspaceId, "ownerId", input.ownerId);
    // An override explains the current stage; a new stage without one clears it.
    const stageOverrideReason =
      overrideReason !== undefined
        ? overrideReason
        : stage !== before.stage
          ? null
          : before.stageOverrideReason;
    const saved = await updateRow(
      trx,
      dealSpec,
      actor.workspaceId,
      id,
      { ...fields, stageOverrideReason },
      nowIso(deps),
      expectedVersion,
    );
    if (before.stage !== "won") await afterWin(trx, actor, saved, nowIso(deps));
    const deal = await withConcernsOne(trx, actor.workspaceId, saved);
    if (deal.stage !== before.stage)
      await emit(trx, actor.workspaceId, "deal.stage_changed", deal, deal.updatedAt);
    return { ...deal, warnings };
  });
}

const archivingDeal = archiving(dealSpec);

export async function setDealArchived(
  deps: Deps,
  actor: Actor,
  id: string,
  archived: boolean,
  expectedVersion?: number,
): Promise<Deal> {
  const deal = await archivingDeal(deps, actor, id, archived, expectedVersion);
  return withConcernsOne(deps.store.db, actor.workspaceId, deal);
}

export async function listDeals(deps: Deps, actor: Actor, query: DealListQuery): Promise<Page<Deal>> {
  const { contactId, ownerId, stage, ...page } = query;
  const found = await listRows(deps.store.db, dealSpec, actor.workspaceId, {
    ...page,
    where: { contactId, ownerId, stage },
  });
  return { ...found, items: await withConcerns(deps.store.db, actor.workspaceId, found.items) };
}

// A concern is part of its deal: changing one is a change of the deal (new version, new ETag).
function touchDeal(db: Db, actor: Actor, dealId: string, at: Instant) {
  return updateRow(db, dealSpec, actor.workspaceId, dealId, {}, at);
}

/** Records a concern the client raised ("one more issue…"), open until answered or acknowledged. */
export async function addConcern(
  deps: Deps,
  actor: Actor,
  dealId: string,
  input: ConcernCreate,
): Promise<Concern> {
  return deps.store.db.transaction().execute(async (trx) => {
    const at = nowIso(deps);
    await touchDeal(trx, actor, dealId, at);
    return insertConcern(trx, actor.workspaceId, dealId, input.text, at);
  });
}

/** Answers, acknowledges or reopens a concern of a deal; answering needs a response on record. */
export async function changeConcern(
  deps: Deps,
  actor: Actor,
  dealId: string,
  concernId: string,
  input: ConcernUpdate,
): Promise<Concern> {
  return deps.store.db.transaction().execute(async (trx) => {
    const concern = await findConcern(trx, actor.workspaceId, dealId, concernId);
    if (!concern) throw notFound("concern");
    const next = concernTransition(concern, input.status, input.response);
    if (!next.ok) {
      const { field, message } = next.reason;
      throw invalid(message, [{ field, message }]);
    }
    const at = nowIso(deps);
    await touchDeal(trx, actor, dealId, at);
    return updateConcern(trx, actor.workspaceId, concernId, next.value, at);
  });
}
