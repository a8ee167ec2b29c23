// Touches: every interaction with a contact. Logging one checks it against the method (warnings,
// never refusals) and reads its notes for personal matters and facts to follow up on.
import type { TouchCreate, TouchListQuery, TouchUpdate, TouchWarning } from "../contract/touches.js";
import type { Proposals } from "../contract/matters.js";
import { addDays, isValidDate, localDate, startOfDayIn } from "../domain/dates.js";
import { ledgerWindow, salesModeCheck } from "../domain/ledger.js";
import {
  isPostSale,
  type DealStage,
  type Instant,
  type Intent,
  type Direction,
  type Step,
  type Matter,
  type Touch,
} from "../domain/model.js";
import { normaliseSteps, stepWarnings } from "../domain/steps.js";
import { refreshActivity } from "../store/activity.js";
import { contactSpec } from "../store/contacts.js";
import { findRow, getRow, insertRow, listRows, updateRow, type Page } from "../store/crud.js";
import type { Db } from "../store/db.js";
import { ledgerCounts, ledgerOf } from "../store/ledger.js";
import { dealProgress, touchSpec } from "../store/touches.js";
import { conflict, invalid } from "../errors.js";
import { alreadySo } from "./archiving.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { emit } from "./events.js";
import { proposeFromTouch, readNotes } from "./matters.js";
import { ensureMember, ensureRef } from "./references.js";
import { agendaSettingsOf, readSettings } from "./settings.js";

export type CheckedTouch = Touch & { warnings: TouchWarning[] };
export type LoggedTouch = CheckedTouch & { proposals: Proposals; savedMatters: Matter[] };

/** What the warnings look at: the touch as it would be saved. */
interface TouchPlan {
  contactId: string;
  occurredAt: Instant;
  intent: Intent;
  direction: Direction;
  steps: Step[];
  dealId?: string | null;
}

// A solution has been shared on a deal at these stages; a decision may be asked without re-presenting.
const solutionSharedStages = new Set<DealStage>(["solution_shared", "deciding", "won"]);

/** P5: steps out of order, unless the linked deal already knows the needs or has seen a solution. */
async function stepFindings(db: Db, actor: Actor, plan: TouchPlan): Promise<TouchWarning[]> {
  const deal = plan.dealId ? await dealProgress(db, actor.workspaceId, plan.dealId) : undefined;
  const needsKnown = (deal?.needs ?? "").trim() !== "";
  const solutionShared = deal !== undefined && solutionSharedStages.has(deal.stage);
  return stepWarnings(plan.steps, needsKnown, { solutionShared });
}

/** P1/P4: an outbound ask of someone who bought from us, weighed against the recent give/take ledger. */
async function salesModeFinding(
  db: Db,
  actor: Actor,
  plan: TouchPlan,
  exceptId?: string,
): Promise<TouchWarning | null> {
  if (plan.intent !== "ask" || plan.direction !== "outbound") return null;
  const { stage } = await getRow(db, contactSpec, actor.workspaceId, plan.contactId);
  if (!isPostSale(stage)) return null;
  // The window ends with the touch's local day, so that logging an old touch weighs what was true then.
  const { ledgerWindowDays } = agendaSettingsOf(await readSettings(db, actor.workspaceId));
  const window = ledgerWindow(localDate(plan.occurredAt, actor.timeZone), actor.timeZone, ledgerWindowDays);
  const scope = { workspaceId: actor.workspaceId, contactId: plan.contactId };
  const ledgers = await ledgerCounts(db, { scope, window, by: "contact", exceptTouchId: exceptId });
  const ledger = ledgerOf(ledgers, plan.contactId);
  const found = salesModeCheck(stage, ledger, plan.intent);
  return found && { code: found.code, message: found.message, detail: found.detail, field: "intent" };
}

async function touchWarnings(db: Db, actor: Actor, plan: TouchPlan, exceptId?: string) {
  const salesMode = await salesModeFinding(db, actor, plan, exceptId);
  return [...(await stepFindings(db, actor, plan)), ...(salesMode ? [salesMode] : [])];
}

/** A few minutes of clock skew between devices is not a touch in the future. */
const clockSkewMs = 5 * 60_000;

/** A touch is something that happened: one dated ahead is refused (a planned touch is a follow-up). */
function ensureNotAhead(deps: Deps, occurredAt: Instant | undefined): void {
  if (occurredAt === undefined || Date.parse(occurredAt) <= deps.now().getTime() + clockSkewMs) return;
  const message = "is in the future: a touch records what happened; to plan one, add a follow-up";
  throw invalid(`occurredAt: ${message}`, [{ field: "occurredAt", message }]);
}

/** No touch on an archived contact: the history would go on behind the user's back. */
async function ensureLiveContact(db: Db, actor: Actor, contactId: string | undefined): Promise<void> {
  if (contactId === undefined) return;
  const contact = await findRow(db, contactSpec, actor.workspaceId, contactId);
  if (contact?.archivedAt == null) return;
  throw conflict(
    `${contact.name} is archived: restore the contact first (POST /api/v1/contacts/${contactId}/restore, ` +
      "or Restore on their page), then log the touch",
  );
}

async function ensureTouchRefs(deps: Deps, db: Db, actor: Actor, input: TouchUpdate): Promise<void> {
  ensureNotAhead(deps, input.occurredAt);
  await ensureRef(db, actor.workspaceId, "contacts", "contactId", input.contactId);
  await ensureLiveContact(db, actor, input.contactId);
  await ensureRef(db, actor.workspaceId, "deals", "dealId", input.dealId);
  await ensureMember(db, actor.workspaceId, "ownerId", input.ownerId);
}

/** Logs a touch: saves it, with warnings and the matters and facts its notes suggest. */
export function logTouch(deps: Deps, actor: Actor, input: TouchCreate): Promise<LoggedTouch> {
  const proposals = readNotes(actor, input.notes, input.occurredAt);
  return deps.store.db.transaction().execute(async (trx) => {
    await ensureTouchRefs(deps, trx, actor, input);
    const fields = { ownerId: actor.userId, ...input, steps: normaliseSteps(input.steps) };
    const warnings = await touchWarnings(trx, actor, fields);
    const touch = await insertRow(trx, touchSpec, actor.workspaceId, fields, nowIso(deps));
    await refreshActivity(trx, actor.workspaceId, touch.contactId);
    await emit(trx, actor.workspaceId, "touch.created", touch, touch.createdAt);
    const extracted = await proposeFromTouch(trx, actor, touch, proposals);
    return { ...touch, warnings, ...extracted };
  });
}

/** The warnings a touch would get, without saving it: for planning. */
export async function checkTouch(
  deps: Deps,
  actor: Actor,
  input: TouchCreate,
): Promise<{ warnings: TouchWarning[] }> {
  const db = deps.store.db;
  await ensureTouchRefs(deps, db, actor, input);
  return { warnings: await touchWarnings(db, actor, { ...input, steps: normaliseSteps(input.steps) }) };
}

export function getTouch(deps: Deps, actor: Actor, id: string): Promise<Touch> {
  return getRow(deps.store.db, touchSpec, actor.workspaceId, id);
}

export function updateTouch(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TouchUpdate,
  expectedVersion?: number,
): Promise<CheckedTouch> {
  return deps.store.db.transaction().execute(async (trx) => {
    const before = await getRow(trx, touchSpec, actor.workspaceId, id);
    await ensureTouchRefs(deps, trx, actor, input);
    const fields = input.steps ? { ...input, steps: normaliseSteps(input.steps) } : input;
    const touch = await updateRow(
      trx,
      touchSpec,
      actor.workspaceId,
      id,
      fields,
      nowIso(deps),
      expectedVersion,
    );
    await refreshContacts(trx, actor, [before.contactId, touch.contactId]);
    await emit(trx, actor.workspaceId, "touch.updated", touch, touch.updatedAt);
    return { ...touch, warnings: await touchWarnings(trx, actor, touch, id) };
  });
}

/** Archives or restores a touch (a timestamp, never a deletion), keeping its contact's activity exact. */
export function setTouchArchived(
  deps: Deps,
  actor: Actor,
  id: string,
  archived: boolean,
  expectedVersion?: number,
): Promise<Touch> {
  const at = nowIso(deps);
  const archivedAt = archived ? at : null;
  return deps.store.db.transaction().execute(async (trx) => {
    const row = await getRow(trx, touchSpec, actor.workspaceId, id);
    if (alreadySo(row, archived, expectedVersion)) return row;
    const touch = await updateRow(trx, touchSpec, actor.workspaceId, id, { archivedAt }, at, expectedVersion);
    await refreshActivity(trx, actor.workspaceId, touch.contactId);
    await emit(trx, actor.workspaceId, "touch.updated", touch, at);
    return touch;
  });
}

/** Refreshes the activity of the contacts a write changed, in id order so that two writers never deadlock. */
async function refreshContacts(db: Db, actor: Actor, contactIds: string[]): Promise<void> {
  for (const contactId of [...new Set(contactIds)].sort()) {
    await refreshActivity(db, actor.workspaceId, contactId);
  }
}

export function listTouches(deps: Deps, actor: Actor, query: TouchListQuery): Promise<Page<Touch>> {
  const { contactId, ownerId, dealId, intent, channel, direction, from, to, q, ...page } = query;
  const range = {
    column: "occurredAt",
    from: from === undefined ? undefined : isValidDate(from) ? startOfDayIn(from, actor.timeZone) : from,
    // A date as the upper bound takes in the whole of that day.
    ...(to === undefined
      ? {}
      : isValidDate(to)
        ? { before: startOfDayIn(addDays(to, 1), actor.timeZone) }
        : { upTo: to }),
  };
  return listRows(deps.store.db, touchSpec, actor.workspaceId, {
    ...page,
    q,
    where: { contactId, ownerId, dealId, intent, channel, direction },
    ranges: [range],
  });
}
