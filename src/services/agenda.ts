// The agenda: today's ranked follow-ups for the signed-in owner, and acting on its items. Acting
// records a follow-up row per reason (done, snoozed or dismissed), which the domain reads back to
// keep that occurrence off the agenda.
import type { AgendaActionBody, AgendaLaterQuery } from "../contract/agenda.js";
import { agendaItemFor, type Agenda, type AgendaItem } from "../domain/agenda/index.js";
import type { AgendaSettings } from "../domain/agenda/settings.js";
import { localDate } from "../domain/dates.js";
import type { IsoDate, FollowUp, Instant } from "../domain/model.js";
import { invalid } from "../errors.js";
import { loadBook } from "../store/agenda/book.js";
import { findAgendaRecord } from "../store/agenda/records.js";
import type { BookScope } from "../store/agenda/scope.js";
import { contactSpec } from "../store/contacts.js";
import { getRow, insertRow, updateRow } from "../store/crud.js";
import type { Db } from "../store/db.js";
import { followUpSpec } from "../store/follow-ups.js";
import { cachedAgenda } from "./agenda-cache.js";
import { laterPage, openLaterCursor, type LaterPage } from "./agenda-pages.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { agendaSettingsOf, readSettings } from "./settings.js";

/** Later items answered with the day's agenda; the rest come a page at a time (`agendaLaterPage`). */
const FIRST_LATER = 20;

export interface AgendaView extends Agenda {
  timeZone: string;
  /** The first page of `later`. */
  later: AgendaItem[];
  laterTotal: number;
  laterCursor: string | null;
}

export interface AgendaActionResult {
  contactId: string;
  action: AgendaActionBody["action"];
  followUps: FollowUp[];
  item: AgendaItem | null;
}

/** Today in the actor's time zone. */
export function todayFor(deps: Deps, actor: Actor): IsoDate {
  return localDate(deps.now(), actor.timeZone);
}

async function settingsFor(db: Db, actor: Actor): Promise<AgendaSettings> {
  return agendaSettingsOf(await readSettings(db, actor.workspaceId));
}

function bookFor(db: Db, scope: BookScope, actor: Actor, settings: AgendaSettings, today: IsoDate) {
  return loadBook(db, scope, {
    today,
    timeZone: actor.timeZone,
    ledgerWindowDays: settings.ledgerWindowDays,
  });
}

function rankedFor(deps: Deps, actor: Actor, settings: AgendaSettings, today: IsoDate): Promise<Agenda> {
  const { workspaceId, userId: ownerId, timeZone } = actor;
  const request = { workspaceId, ownerId, timeZone, today, settings };
  return cachedAgenda(deps.store, request, deps.agendaCacheBytes);
}

/**
 * The signed-in owner's agenda for a day (today in their time zone by default), with the first page
 * of the items due later.
 * @example (await agendaToday(deps, actor)).items[0]?.suggested.opener
 */
export async function agendaToday(deps: Deps, actor: Actor, date?: IsoDate): Promise<AgendaView> {
  const today = date ?? todayFor(deps, actor);
  const settings = await settingsFor(deps.store.db, actor);
  const { items, later } = await rankedFor(deps, actor, settings, today);
  const first = await laterPage(deps.store.db, later, today, undefined, FIRST_LATER);
  return {
    date: today,
    timeZone: actor.timeZone,
    items,
    later: first.items,
    laterTotal: first.total,
    laterCursor: first.nextCursor,
  };
}

/**
 * A page of the items due later on a day: the day and position from the cursor when one is given.
 * @example await agendaLaterPage(deps, actor, { cursor: view.laterCursor ?? undefined, limit: 50 })
 */
export async function agendaLaterPage(deps: Deps, actor: Actor, query: AgendaLaterQuery): Promise<LaterPage> {
  const db = deps.store.db;
  const from = query.cursor === undefined ? undefined : await openLaterCursor(db, query.cursor);
  if (from && query.date !== undefined && query.date !== from.date) {
    const message = `the cursor pages ${from.date}, not ${query.date}`;
    throw invalid(`date: ${message}`, [{ field: "date", message }]);
  }
  const today = from?.date ?? query.date ?? todayFor(deps, actor);
  const { later } = await rankedFor(deps, actor, await settingsFor(db, actor), today);
  return laterPage(db, later, today, from?.after, query.limit);
}

/** One contact's agenda item today (`null`: nothing due), as the day's agenda shows its reasons. */
export async function agendaItemOf(deps: Deps, actor: Actor, contactId: string): Promise<AgendaItem | null> {
  const db = deps.store.db;
  const today = todayFor(deps, actor);
  const settings = await settingsFor(db, actor);
  const [contact] = await bookFor(db, { workspaceId: actor.workspaceId, contactId }, actor, settings, today);
  return contact ? agendaItemFor(contact, settings, today) : null;
}

type StatusColumns = Pick<FollowUp, "status" | "snoozedUntil" | "dismissReason" | "completedAt">;

function statusOf(body: AgendaActionBody, at: Instant): StatusColumns {
  const none = { snoozedUntil: null, dismissReason: null, completedAt: null };
  if (body.action === "complete") return { ...none, status: "done", completedAt: at };
  if (body.action === "snooze") return { ...none, status: "snoozed", snoozedUntil: body.until ?? null };
  return { ...none, status: "dismissed", dismissReason: body.reason ?? null };
}

/**
 * Completes, snoozes or dismisses an agenda item's reasons for one contact of the workspace: one
 * follow-up row per reason, updating the stored follow-up a reason came from, or the earlier record
 * of the same occurrence, instead of adding another.
 */
export async function actOnAgenda(
  deps: Deps,
  actor: Actor,
  body: AgendaActionBody,
): Promise<AgendaActionResult> {
  const today = todayFor(deps, actor);
  if (body.action === "snooze" && body.until !== undefined && body.until <= today) {
    throw invalid("until: must be after today", [{ field: "until", message: "must be after today" }]);
  }
  const ws = actor.workspaceId;
  const at = nowIso(deps);
  const state = statusOf(body, at);
  const seen = new Set<string>();
  const reasons = body.reasons.filter((r) => {
    const key = `${r.kind} ${r.dueOn} ${r.refId ?? ""}`;
    return !seen.has(key) && seen.add(key);
  });
  const followUps = await deps.store.db.transaction().execute(async (trx) => {
    await getRow(trx, contactSpec, ws, body.contactId);
    const written: FollowUp[] = [];
    for (const reason of reasons) {
      const existing =
        (reason.refId !== undefined
          ? await findAgendaRecord(trx, ws, body.contactId, { id: reason.refId })
          : null) ??
        (await findAgendaRecord(trx, ws, body.contactId, { reasonKind: reason.kind, dueOn: reason.dueOn }));
      written.push(
        existing
          ? await updateRow(trx, followUpSpec, ws, existing.id, state, at)
          : await insertRow(
              trx,
              followUpSpec,
              ws,
              {
                contactId: body.contactId,
                ownerId: actor.userId,
                dueOn: reason.dueOn,
                reasonKind: reason.kind,
                detail: "",
                ...state,
              },
              at,
            ),
      );
    }
    return written;
  });
  const item = await agendaItemOf(deps, actor, body.contactId);
  return { contactId: body.contactId, action: body.action, followUps, item };
}
