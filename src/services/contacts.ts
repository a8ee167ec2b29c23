// Contacts: the people in the book. Archived, never deleted, so history stays whole.
import type { ContactCreate, ContactListQuery, ContactUpdate } from "../contract/contacts.js";
import type { Contact, Instant, Stage } from "../domain/model.js";
import { contactSpec, recordStageChange } from "../store/contacts.js";
import { getRow, insertRow, listRows, updateRow, type Page } from "../store/crud.js";
import type { Db } from "../store/db.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { archiving } from "./archiving.js";
import { emit } from "./events.js";
import { ensureMember, ensureRef } from "./references.js";

export async function createContact(deps: Deps, actor: Actor, input: ContactCreate): Promise<Contact> {
  const at = nowIso(deps);
  return deps.store.db.transaction().execute(async (trx) => {
    await ensureRef(trx, actor.workspaceId, "organizations", "organizationId", input.organizationId);
    await ensureMember(trx, actor.workspaceId, "ownerId", input.ownerId);
    const contact = await insertRow(
      trx,
      contactSpec,
      actor.workspaceId,
      { ownerId: actor.userId, ...input },
      at,
    );
    await recordStageChange(trx, actor.workspaceId, contact.id, {
      fromStage: null,
      toStage: contact.stage,
      changedAt: at,
    });
    await emit(trx, actor.workspaceId, "contact.created", contact, at);
    return contact;
  });
}

/**
 * What follows a saved change to a contact, in its transaction: the event, and a stage move when
 * the stage was `fromStage` before (recorded for insights, and emitted).
 */
export async function contactChanged(
  db: Db,
  workspaceId: string,
  fromStage: Stage,
  contact: Contact,
  at: Instant,
): Promise<void> {
  await emit(db, workspaceId, "contact.updated", contact, at);
  if (contact.stage === fromStage) return;
  await recordStageChange(db, workspaceId, contact.id, { fromStage, toStage: contact.stage, changedAt: at });
  await emit(db, workspaceId, "contact.stage_changed", contact, at);
}

export function getContact(deps: Deps, actor: Actor, id: string): Promise<Contact> {
  return getRow(deps.store.db, contactSpec, actor.workspaceId, id);
}

export async function updateContact(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ContactUpdate,
  expectedVersion?: number,
): Promise<Contact> {
  const at = nowIso(deps);
  return deps.store.db.transaction().execute(async (trx) => {
    const before = await getRow(trx, contactSpec, actor.workspaceId, id);
    await ensureRef(trx, actor.workspaceId, "organizations", "organizationId", input.organizationId);
    await ensureMember(trx, actor.workspaceId, "ownerId", input.ownerId);
    const after = await updateRow(trx, contactSpec, actor.workspaceId, id, input, at, expectedVersion);
    await contactChanged(trx, actor.workspaceId, before.stage, after, at);
    return after;
  });
}

export const setContactArchived = archiving(contactSpec, "contact.updated");

export function listContacts(deps: Deps, actor: Actor, query: ContactListQuery): Promise<Page<Contact>> {
  const { stage, ownerId, organizationId, tag, q, ...page } = query;
  return listRows(deps.store.db, contactSpec, actor.workspaceId, {
    ...page,
    q,
    where: { stage, ownerId, organizationId },
    has: tag ? { tags: tag } : {},
  });
}

/** Wraps a list use case so that it answers for one contact of the actor's workspace (404 otherwise). */
export function forContact<Q extends object, R>(
  list: (deps: Deps, actor: Actor, query: Q & { contactId?: string }) => Promise<R>,
) {
  return async (deps: Deps, actor: Actor, contactId: string, query: Q): Promise<R> => {
    await getContact(deps, actor, contactId);
    return list(deps, actor, { ...query, contactId });
  };
}
