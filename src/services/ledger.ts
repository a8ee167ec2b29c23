// The give/take ledger (P4) over rolling windows, for one contact or for one salesperson's touches.
import type { LedgerQuery } from "../contract/ledger.js";
import { giveTakeRatio, ledgerBalance, ledgerWindow, type Ledger } from "../domain/ledger.js";
import type { IsoDate } from "../domain/model.js";
import { contactSpec } from "../store/contacts.js";
import { getRow } from "../store/crud.js";
import { ledgerCounts, ledgerOf, type LedgerCount } from "../store/ledger.js";
import { todayFor } from "./agenda.js";
import type { Actor, Deps } from "./context.js";
import { ensureMember } from "./references.js";
import { agendaSettingsOf, readSettings } from "./settings.js";

export interface LedgerWindow extends Ledger {
  /** The window: the last `days` days up to today, from `from` on (local dates). */
  days: number;
  from: IsoDate;
  balance: number;
  givesPerAsk: number | null;
}

export interface LedgerView {
  date: IsoDate;
  timeZone: string;
  windows: LedgerWindow[];
}

/** Short, workspace and long: a month, the window the agenda and the sales-mode guard use, a year. */
function defaultDays(ledgerWindowDays: number): number[] {
  return [...new Set([30, ledgerWindowDays, 365])].sort((a, b) => a - b);
}

/** Whose ledger: one contact's, or the touches one salesperson made. */
type LedgerOf = { contactId: string } | { ownerId: string };

async function windowsFor(deps: Deps, actor: Actor, of: LedgerOf, days?: number[]): Promise<LedgerView> {
  const today = todayFor(deps, actor);
  const settings = agendaSettingsOf(await readSettings(deps.store.db, actor.workspaceId));
  const lengths = days ?? defaultDays(settings.ledgerWindowDays);
  const count: Omit<LedgerCount, "window"> =
    "contactId" in of
      ? { scope: { workspaceId: actor.workspaceId, contactId: of.contactId }, by: "contact" }
      : { scope: { workspaceId: actor.workspaceId }, by: "owner" };
  const key = "contactId" in of ? of.contactId : of.ownerId;
  const windows = await Promise.all(
    lengths.map(async (n) => {
      const window = ledgerWindow(today, actor.timeZone, n);
      const ledger = ledgerOf(await ledgerCounts(deps.store.db, { ...count, window }), key);
      return {
        days: n,
        from: window.firstDay,
        ...ledger,
        balance: ledgerBalance(ledger),
        givesPerAsk: giveTakeRatio(ledger),
      };
    }),
  );
  return { date: today, timeZone: actor.timeZone, windows };
}

/**
 * A contact's gives, asks and services from us over rolling windows; 404 when not in the workspace.
 * @example (await contactLedger(deps, actor, contactId, { days: [30, 90] })).windows[0]?.balance
 */
export async function contactLedger(
  deps: Deps,
  actor: Actor,
  contactId: string,
  query: LedgerQuery = {},
): Promise<LedgerView & { contactId: string }> {
  await getRow(deps.store.db, contactSpec, actor.workspaceId, contactId);
  const view = await windowsFor(deps, actor, { contactId }, query.days);
  return { contactId, ...view };
}

/**
 * The touches one salesperson of the workspace made (the actor by default), as a ledger over rolling windows.
 * @example (await ownerLedger(deps, actor)).windows.map((w) => `${w.days}: ${w.balance}`)
 */
export async function ownerLedger(
  deps: Deps,
  actor: Actor,
  query: LedgerQuery & { ownerId?: string } = {},
): Promise<LedgerView & { ownerId: string }> {
  const ownerId = query.ownerId ?? actor.userId;
  await ensureMember(deps.store.db, actor.workspaceId, "ownerId", ownerId);
  const view = await windowsFor(deps, actor, { ownerId }, query.days);
  return { ownerId, ...view };
}
