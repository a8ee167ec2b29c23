// Facts: what we know about a contact (P2), each dated and, when it came up in one, tied to its touch.
import type { Fact } from "../domain/model.js";
import type { FactCreate, FactListQuery, FactUpdate } from "../contract/facts.js";
import { todayIn } from "../domain/dates.js";
import { getRow, insertRow, listRows, updateRow, type Page } from "../store/crud.js";
import type { Db } from "../store/db.js";
import { factSpec } from "../store/facts.js";
import { archiving } from "./archiving.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { ensureRef } from "./references.js";

async function ensureFactRefs(db: Db, actor: Actor, input: FactUpdate): Promise<void> {
  await ensureRef(db, actor.workspaceId, "contacts", "contactId", input.contactId);
  await ensureRef(db, actor.workspaceId, "touches", "sourceTouchId", input.sourceTouchId);
}

export function createFact(deps: Deps, actor: Actor, input: FactCreate): Promise<Fact> {
  return deps.store.db.transaction().execute(async (trx) => {
    await ensureFactRefs(trx, actor, input);
    const learnedOn = input.learnedOn ?? todayIn(deps.now(), actor.timeZone);
    return insertRow(trx, factSpec, actor.workspaceId, { ...input, learnedOn }, nowIso(deps));
  });
}

export function getFact(deps: Deps, actor: Actor, id: string): Promise<Fact> {
  return getRow(deps.store.db, factSpec, actor.workspaceId, id);
}

export function updateFact(
  deps: Deps,
  actor: Actor,
  id: string,
  input: FactUpdate,
  expectedVersion?: number,
): Promise<Fact> {
  return deps.store.db.transaction().execute(async (trx) => {
    await getRow(trx, factSpec, actor.workspaceId, id);
    await ensureFactRefs(trx, actor, input);
    return updateRow(trx, factSpec, actor.workspaceId, id, input, nowIso(deps), expectedVersion);
  });
}

export const setFactArchived = archiving(factSpec);

export function listFacts(deps: Deps, actor: Actor, query: FactListQuery): Promise<Page<Fact>> {
  const { contactId, kind, ...page } = query;
  return listRows(deps.store.db, factSpec, actor.workspaceId, { ...page, where: { contactId, kind } });
}
