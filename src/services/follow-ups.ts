// Follow-ups: anything due, each with its reason. Completing, snoozing and dismissing are
// status changes that keep the record, so the agenda can learn from what was done.
import type { FollowUpCreate, FollowUpListQuery, FollowUpUpdate } from "../contract/follow-ups.js";
import { localDate } from "../domain/dates.js";
import type { FollowUp, FollowUpStatus, IsoDate } from "../domain/model.js";
import { invalid } from "../errors.js";
import { getRow, insertRow, listRows, updateRow, type Page } from "../store/crud.js";
import { followUpSpec } from "../store/follow-ups.js";
import { archiving } from "./archiving.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { ensureMember, ensureRef } from "./references.js";

type StatusColumns = Pick<FollowUp, "status" | "snoozedUntil" | "dismissReason" | "completedAt">;

interface StatusChange {
  status?: FollowUpStatus;
  snoozedUntil?: IsoDate | null;
  dismissReason?: string | null;
}

/** Input names for the snooze date and dismiss reason (the actions call them `until` and `reason`). */
const columnNames = { snoozedUntil: "snoozedUntil", dismissReason: "dismissReason" };

const fresh: StatusColumns = { status: "open", snoozedUntil: null, dismissReason: null, completedAt: null };

function refuse(field: string, message: string): never {
  throw invalid(`${field}: ${message}`, [{ field, message }]);
}

/**
 * The status columns after a change: a snooze date only while snoozed (and, when new, after
 * today), a reason only while dismissed, a completion instant only while done.
 */
function nextStatus(
  before: StatusColumns,
  change: StatusChange,
  now: Date,
  today: IsoDate,
  names = columnNames,
): StatusColumns {
  const status = change.status ?? before.status;
  const same = status === before.status;
  const snoozedUntil =
    change.snoozedUntil !== undefined ? change.snoozedUntil : same ? before.snoozedUntil : null;
  const dismissReason =
    change.dismissReason !== undefined ? change.dismissReason : same ? before.dismissReason : null;
  if (status === "snoozed") {
    if (!snoozedUntil) refuse(names.snoozedUntil, "a snoozed follow-up needs the date to come back to it");
    if (change.snoozedUntil && change.snoozedUntil <= today) {
      refuse(names.snoozedUntil, "must be after today");
    }
  } else if (snoozedUntil) {
    refuse(names.snoozedUntil, "only a snoozed follow-up has a snooze date");
  }
  if (status === "dismissed") {
    if (!dismissReason) refuse(names.dismissReason, "say why it is dismissed");
  } else if (dismissReason) {
    refuse(names.dismissReason, "only a dismissed follow-up has a dismiss reason");
  }
  const completedAt = status === "done" ? (same && before.completedAt) || now.toISOString() : null;
  return { status, snoozedUntil, dismissReason, completedAt };
}

const today = (deps: Deps, actor: Actor) => localDate(deps.now(), actor.timeZone);

export async function createFollowUp(deps: Deps, actor: Actor, input: FollowUpCreate): Promise<FollowUp> {
  return deps.store.db.transaction().execute(async (trx) => {
    await ensureRef(trx, actor.workspaceId, "contacts", "contactId", input.contactId);
    await ensureMember(trx, actor.workspaceId, "ownerId", input.ownerId);
    const { status, snoozedUntil, dismissReason, ...rest } = input;
    const state = nextStatus(fresh, { status, snoozedUntil, dismissReason }, deps.now(), today(deps, actor));
    return insertRow(
      trx,
      followUpSpec,
      actor.workspaceId,
      { ownerId: actor.userId, ...rest, ...state },
      nowIso(deps),
    );
  });
}

export function getFollowUp(deps: Deps, actor: Actor, id: string): Promise<FollowUp> {
  return getRow(deps.store.db, followUpSpec, actor.workspaceId, id);
}

export async function updateFollowUp(
  deps: Deps,
  actor: Actor,
  id: string,
  input: FollowUpUpdate,
  expectedVersion?: number,
): Promise<FollowUp> {
  return deps.store.db.transaction().execute(async (trx) => {
    const before = await getRow(trx, followUpSpec, actor.workspaceId, id);
    await ensureRef(trx, actor.workspaceId, "contacts", "contactId", input.contactId);
    await ensureMember(trx, actor.workspaceId, "ownerId", input.ownerId);
    const { status, snoozedUntil, dismissReason, ...rest } = input;
    const state = nextStatus(before, { status, snoozedUntil, dismissReason }, deps.now(), today(deps, actor));
    return updateRow(
      trx,
      followUpSpec,
      actor.workspaceId,
      id,
      { ...rest, ...state },
      nowIso(deps),
      expectedVersion,
    );
  });
}

async function changeStatus(
  deps: Deps,
  actor: Actor,
  id: string,
  change: StatusChange,
  names: typeof columnNames,
  expectedVersion: number | undefined,
): Promise<FollowUp> {
  return deps.store.db.transaction().execute(async (trx) => {
    const before = await getRow(trx, followUpSpec, actor.workspaceId, id);
    const state = nextStatus(before, change, deps.now(), today(deps, actor), names);
    return updateRow(trx, followUpSpec, actor.workspaceId, id, state, nowIso(deps), expectedVersion);
  });
}

/** Marks a follow-up done, stamping when (kept if it was already done). */
export function completeFollowUp(deps: Deps, actor: Actor, id: string, expectedVersion?: number) {
  return changeStatus(deps, actor, id, { status: "done" }, columnNames, expectedVersion);
}

/** Puts a follow-up aside until a date after today. */
export function snoozeFollowUp(
  deps: Deps,
  actor: Actor,
  id: string,
  until: IsoDate,
  expectedVersion?: number,
) {
  const names = { ...columnNames, snoozedUntil: "until" };
  return changeStatus(deps, actor, id, { status: "snoozed", snoozedUntil: until }, names, expectedVersion);
}

/** Closes a follow-up without doing it, saying why. */
export function dismissFollowUp(
  deps: Deps,
  actor: Actor,
  id: string,
  reason: string,
  expectedVersion?: number,
) {
  const names = { ...columnNames, dismissReason: "reason" };
  return changeStatus(
    deps,
    actor,
    id,
    { status: "dismissed", dismissReason: reason },
    names,
    expectedVersion,
  );
}

export const setFollowUpArchived = archiving(followUpSpec);

export function listFollowUps(deps: Deps, actor: Actor, query: FollowUpListQuery): Promise<Page<FollowUp>> {
  const { contactId, ownerId, status, reasonKind, dueBy, ...page } = query;
  return listRows(deps.store.db, followUpSpec, actor.workspaceId, {
    ...page,
    where: { contactId, ownerId, status, reasonKind },
    ranges: [{ column: "dueOn", upTo: dueBy }],
  });
}
