// Relationship health (P14): set-based aggregates (store/health.ts), scored by the domain, for one
// contact or a whole workspace, read and scored the same way.
import { healthBandOf, healthOf, type Health, type HealthBand } from "../domain/health.js";
import { ledgerWindow } from "../domain/ledger.js";
import type { IsoDate } from "../domain/model.js";
import { notFound } from "../errors.js";
import type { BookScope } from "../store/agenda/scope.js";
import { zoneDates } from "../store/agenda/zones.js";
import type { Db } from "../store/db.js";
import { healthRows, type HealthRow } from "../store/health.js";
import { wasKept } from "../store/insights.js";
import { todayFor } from "./agenda.js";
import type { Actor, Deps } from "./context.js";
import { agendaSettingsOf, readSettings } from "./settings.js";

export type ContactHealth = Health & { contactId: string; date: IsoDate; band: HealthBand };

/** One contact's health with its owner. */
export type ScoredContact = Health & { contactId: string; ownerId: string };

/**
 * The health today (in `timeZone`) of every live contact in scope.
 * @example (await healthToday(db, { workspaceId }, today, "Europe/Paris")).map((c) => c.score)
 */
export async function healthToday(
  db: Db,
  scope: BookScope,
  today: IsoDate,
  timeZone: string,
): Promise<ScoredContact[]> {
  const settings = agendaSettingsOf(await readSettings(db, scope.workspaceId));
  const zone = zoneDates(timeZone);
  const window = ledgerWindow(today, timeZone, settings.ledgerWindowDays);
  const rows = await healthRows(db, scope, window, today);
  const inputOf = (c: HealthRow) => ({
    stage: c.stage,
    cadenceDays: c.cadenceDays,
    createdOn: zone.dateOf(c.createdAt),
    lastTouchOn: c.lastTouchAt === null ? null : zone.dateOf(c.lastTouchAt),
    ledger: c.ledger,
    factKinds: c.factKinds,
    hasBirthday: c.birthday !== null,
    hasHowWeMet: (c.howWeMet ?? "").trim() !== "",
    inbound: c.inbound,
    outbound: c.ledger.give + c.ledger.ask + c.ledger.service,
    getBacksDue: c.getBacks.length,
    getBacksKept: c.getBacks.filter((g) => wasKept(g, zone)).length,
  });
  return rows.map((c) => ({ contactId: c.id, ownerId: c.ownerId, ...healthOf(inputOf(c), settings, today) }));
}

/**
 * A contact's relationship health today (in the actor's time zone), with its parts and band; 404
 * when the contact is not in the actor's workspace.
 * @example (await contactHealth(deps, actor, contactId)).parts.map((p) => `${p.key} ${p.score}`)
 */
export async function contactHealth(deps: Deps, actor: Actor, contactId: string): Promise<ContactHealth> {
  const today = todayFor(deps, actor);
  const scope = { workspaceId: actor.workspaceId, contactId };
  const [found] = await healthToday(deps.store.db, scope, today, actor.timeZone);
  if (!found) throw notFound("contact");
  const { score, parts } = found;
  return { contactId, date: today, score, parts, band: healthBandOf(score) };
}
