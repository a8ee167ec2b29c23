// Relationship health (P14) for one contact: set-based aggregates, scored by the domain.
import { healthOf, type Health } from "../domain/health.js";
import { ledgerWindow } from "../domain/ledger.js";
import type { IsoDate } from "../domain/model.js";
import { contactActivity } from "../store/activity.js";
import { zoneDates } from "../store/agenda/zones.js";
import { getBackChecks, wasKept } from "../store/insights.js";
import { contactSpec } from "../store/contacts.js";
import { getRow } from "../store/crud.js";
import { todayFor } from "./agenda.js";
import type { Actor, Deps } from "./context.js";
import { agendaSettingsOf, readSettings } from "./settings.js";

export type ContactHealth = Health & { contactId: string; date: IsoDate };

/**
 * A contact's relationship health today (in the actor's time zone), with its parts; 404 when the
 * contact is not in the actor's workspace.
 * @example (await contactHealth(deps, actor, contactId)).parts.map((p) => `${p.key} ${p.score}`)
 */
export async function contactHealth(deps: Deps, actor: Actor, contactId: string): Promise<ContactHealth> {
  const db = deps.store.db;
  const contact = await getRow(db, contactSpec, actor.workspaceId, contactId);
  const settings = agendaSettingsOf(await readSettings(db, actor.workspaceId));
  const today = todayFor(deps, actor);
  const zone = zoneDates(actor.timeZone);
  const scope = { workspaceId: actor.workspaceId, contactId };
  const window = ledgerWindow(today, actor.timeZone, settings.ledgerWindowDays);
  const [activity, getBacks] = await Promise.all([
    contactActivity(db, scope, window),
    getBackChecks(db, scope, { before: today }),
  ]);
  const health = healthOf(
    {
      stage: contact.stage,
      cadenceDays: contact.cadenceDays,
      createdOn: zone.dateOf(contact.createdAt),
      lastTouchOn: activity.lastTouchAt === null ? null : zone.dateOf(activity.lastTouchAt),
      ledger: activity.ledger,
      factKinds: activity.factKinds,
      hasBirthday: contact.birthday !== null,
      hasHowWeMet: (contact.howWeMet ?? "").trim() !== "",
      inbound: activity.inbound,
      outbound: activity.outbound,
      getBacksDue: getBacks.length,
      getBacksKept: getBacks.filter((g) => wasKept(g, zone)).length,
    },
    settings,
    today,
  );
  return { contactId, date: today, ...health };
}
