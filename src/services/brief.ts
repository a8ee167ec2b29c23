// The call brief (P6): load what we know about one contact, let the domain assemble the sheet.
// Also finds a contact by id, email or name, for commands run by hand.
import { ledgerWindow } from "../domain/ledger.js";
import { assembleBrief, type Brief, type BriefHealth, type BriefInput } from "../domain/brief/index.js";
import { todayIn } from "../domain/dates.js";
import type { Contact } from "../domain/model.js";
import { invalid, notFound } from "../errors.js";
import { contactsMatching, lastGetBack, pastConcerns } from "../store/brief.js";
import { contactSpec } from "../store/contacts.js";
import { findRow } from "../store/crud.js";
import { ledgerCounts, ledgerOf as ledgerIn } from "../store/ledger.js";
import { getContact } from "./contacts.js";
import type { Actor, Deps } from "./context.js";
import { agendaItemOf } from "./agenda.js";
import { listContracts } from "./contracts.js";
import { listDeals } from "./deals.js";
import { listFacts } from "./facts.js";
import { contactHealth } from "./health.js";
import { listMatters } from "./matters.js";
import { getOrganization } from "./organizations.js";
import { agendaSettingsOf, readSettings } from "./settings.js";
import { listTouches } from "./touches.js";

const recentTouches = 5;
/** Past concerns read for likely answers: the contact's own first, then their organization's. */
const maxPastConcerns = 10;
/** Facts, matters and deals per contact: far more than any one person has in practice. */
const perContact = 200;
const maxMatches = 20;
/** Contacts listed when a name is ambiguous. */
const maxListed = 10;

async function healthOf(deps: Deps, actor: Actor, contactId: string): Promise<BriefHealth> {
  const { score, parts } = await contactHealth(deps, actor, contactId);
  return { score, parts: parts.map(({ key, score, detail }) => ({ key, score, detail })) };
}

/** Outbound touches by intent over the workspace's ledger window, counted as health counts them. */
async function ledgerOf(deps: Deps, actor: Actor, contactId: string) {
  const { ledgerWindowDays } = agendaSettingsOf(await readSettings(deps.store.db, actor.workspaceId));
  const today = todayIn(deps.now(), actor.timeZone);
  const window = ledgerWindow(today, actor.timeZone, ledgerWindowDays);
  const scope = { workspaceId: actor.workspaceId, contactId };
  return ledgerIn(await ledgerCounts(deps.store.db, { scope, window, by: "contact" }), contactId);
}

/** Everything the brief needs about one contact of the actor's workspace (404 otherwise). */
export async function briefInput(deps: Deps, actor: Actor, contactId: string): Promise<BriefInput> {
  const db = deps.store.db;
  const { workspaceId } = actor;
  const contact = await getContact(deps, actor, contactId);
  const settings = agendaSettingsOf(await readSettings(db, workspaceId));
  const own = { contactId, limit: perContact, archived: "exclude" } as const;
  const who = { contactId, organizationId: contact.organizationId };
  const [organization, touches, ledger, facts, matters, deals, getBack, concerns, health, contracts, item] =
    await Promise.all([
      contact.organizationId === null ? null : getOrganization(deps, actor, contact.organizationId),
      listTouches(deps, actor, { contactId, limit: recentTouches, archived: "exclude" }),
      ledgerOf(deps, actor, contactId),
      listFacts(deps, actor, { ...own, sort: "-learnedOn" }),
      listMatters(deps, actor, { ...own, status: "open" }),
      listDeals(deps, actor, own),
      lastGetBack(db, workspaceId, contactId),
      pastConcerns(db, workspaceId, who, maxPastConcerns),
      healthOf(deps, actor, contactId),
      listContracts(deps, actor, { ...own, status: "active" }),
      agendaItemOf(deps, actor, contactId),
    ]);
  return {
    contact,
    organizationName: organization?.name ?? null,
    health,
    recentTouches: touches.items,
    ledger,
    facts: facts.items,
    matters: matters.items,
    deals: deals.items,
    lastGetBack: getBack,
    pastConcerns: concerns,
    contracts: contracts.items,
    renewalWindowDays: settings.renewalWindowDays,
    agendaReasons: (item?.reasons ?? []).map(({ kind, detail }) => ({ kind, detail })),
  };
}

/**
 * The call brief for a contact, as of today in the actor's time zone.
 * @example renderBrief(await contactBrief(deps, actor, contactId))
 */
export async function contactBrief(deps: Deps, actor: Actor, contactId: string): Promise<Brief> {
  const input = await briefInput(deps, actor, contactId);
  return assembleBrief(input, todayIn(deps.now(), actor.timeZone));
}

/**
 * A contact named on the command line: by id, by exact email, or by part of the name (any case).
 * Not found is `not_found`; several names matching (and none exactly) is `invalid`, listing them.
 */
export async function resolveContact(deps: Deps, actor: Actor, reference: string): Promise<Contact> {
  const db = deps.store.db;
  const ref = reference.trim();
  if (ref === "") throw invalid("Name a contact", [{ field: "contact", message: "required" }]);
  const byId = await findRow(db, contactSpec, actor.workspaceId, ref);
  if (byId) return byId;
  const match = ref.includes("@") ? { email: ref } : { name: ref };
  const found = await contactsMatching(db, actor.workspaceId, match, maxMatches);
  const exact = found.filter((c) => c.name.toLowerCase() === ref.toLowerCase());
  const only = found.length === 1 ? found[0] : exact.length === 1 ? exact[0] : undefined;
  if (only) return only;
  if (found.length === 0) throw notFound(`contact "${ref}"`);
  const listed = found
    .slice(0, maxListed)
    .map((c) => `\n  ${c.name} (${[c.emails[0], c.id].filter(Boolean).join(", ")})`)
    .join("");
  const more = found.length > maxListed ? "\n  …" : "";
  throw invalid(`Several contacts match "${ref}":${listed}${more}`, [
    { field: "contact", message: "give their id, their email or more of their name" },
  ]);
}
