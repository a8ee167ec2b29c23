// Personal matters (P3): things in a contact's life to ask about later. Read from a touch's notes
// as proposals; saved when the user confirms one (or at once, when the workspace says so).
import type { Matter, Touch } from "../domain/model.js";
import type {
  ExtractBody,
  MatterCreate,
  MatterListQuery,
  MatterUpdate,
  Proposals,
} from "../contract/matters.js";
import { localDate, todayIn } from "../domain/dates.js";
import { extractFromNotes } from "../domain/matters/index.js";
import { getRow, insertRow, listRows, updateRow, type Page } from "../store/crud.js";
import type { Db } from "../store/db.js";
import { matterSpec } from "../store/matters.js";
import { archiving } from "./archiving.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { emit } from "./events.js";
import { ensureRef } from "./references.js";
import { readSettings } from "./settings.js";

async function ensureMatterRefs(db: Db, actor: Actor, input: MatterUpdate): Promise<void> {
  await ensureRef(db, actor.workspaceId, "contacts", "contactId", input.contactId);
  await ensureRef(db, actor.workspaceId, "touches", "sourceTouchId", input.sourceTouchId);
}

export function createMatter(deps: Deps, actor: Actor, input: MatterCreate): Promise<Matter> {
  return deps.store.db.transaction().execute(async (trx) => {
    await ensureMatterRefs(trx, actor, input);
    const matter = await insertRow(trx, matterSpec, actor.workspaceId, input, nowIso(deps));
    await emit(trx, actor.workspaceId, "matter.created", matter, matter.createdAt);
    return matter;
  });
}

export function getMatter(deps: Deps, actor: Actor, id: string): Promise<Matter> {
  return getRow(deps.store.db, matterSpec, actor.workspaceId, id);
}

export function updateMatter(
  deps: Deps,
  actor: Actor,
  id: string,
  input: MatterUpdate,
  expectedVersion?: number,
): Promise<Matter> {
  return deps.store.db.transaction().execute(async (trx) => {
    await getRow(trx, matterSpec, actor.workspaceId, id);
    await ensureMatterRefs(trx, actor, input);
    return updateRow(trx, matterSpec, actor.workspaceId, id, input, nowIso(deps), expectedVersion);
  });
}

export const setMatterArchived = archiving(matterSpec);

export function listMatters(deps: Deps, actor: Actor, query: MatterListQuery): Promise<Page<Matter>> {
  const { contactId, status, kind, dueBy, ...page } = query;
  return listRows(deps.store.db, matterSpec, actor.workspaceId, {
    ...page,
    where: { contactId, status, kind },
    ranges: [{ column: "followUpOn", upTo: dueBy }],
  });
}

/** Matters and facts a piece of notes suggests, dated from `on` (today in the actor's time zone). */
export function extractProposals(deps: Deps, actor: Actor, body: ExtractBody): Proposals {
  return extractFromNotes(body.text, body.on ?? todayIn(deps.now(), actor.timeZone));
}

/**
 * The matters and facts a touch's notes suggest. Reading is the slow part of logging a touch, so
 * it is done before the write transaction opens, never while it holds the database.
 */
export function readNotes(actor: Actor, notes: string, occurredAt: string): Proposals {
  return notes.trim() === ""
    ? { matters: [], facts: [] }
    : extractFromNotes(notes, localDate(occurredAt, actor.timeZone));
}

/**
 * What a just-logged touch's notes suggest (`proposals`, read beforehand) stays a proposal, unless
 * the workspace confirms matters automatically: then they are saved now, in the caller's transaction.
 */
export async function proposeFromTouch(
  db: Db,
  actor: Actor,
  touch: Touch,
  proposals: Proposals,
): Promise<{ proposals: Proposals; savedMatters: Matter[] }> {
  if (proposals.matters.length === 0 || !(await readSettings(db, actor.workspaceId)).autoConfirmMatters) {
    return { proposals, savedMatters: [] };
  }
  const savedMatters: Matter[] = [];
  for (const { summary, kind, eventOn, followUpOn } of proposals.matters) {
    const fields = { contactId: touch.contactId, summary, kind, eventOn, followUpOn, status: "open" };
    // Saved with the touch that suggested them, at the same instant.
    const matter = await insertRow(
      db,
      matterSpec,
      actor.workspaceId,
      { ...fields, sourceTouchId: touch.id },
      touch.createdAt,
    );
    await emit(db, actor.workspaceId, "matter.created", matter, matter.createdAt);
    savedMatters.push(matter);
  }
  return { proposals: { ...proposals, matters: [] }, savedMatters };
}
