// Relationship KPIs per owner and for the team (P14): give/take, cadence kept, commitments kept,
// depth, referrals, renewals, stage flow. Deliberately no count of calls made.
import type { InsightsBody, InsightsQuery } from "../contract/agenda.js";
import { newBookContact, type BookContact } from "../domain/agenda/book.js";
import type { AgendaSettings } from "../domain/agenda/settings.js";
import { addDays, daysBetween } from "../domain/dates.js";
import { pipelineOf, type PipelineCount } from "../domain/deals.js";
import { depthKnown } from "../domain/health.js";
import { daysWindow, emptyLedger } from "../domain/ledger.js";
import {
  cadenceCoverage,
  insightsOf,
  type OwnerActivity,
  type StageChangeCount,
} from "../domain/insights.js";
import type { FactKind, IsoDate } from "../domain/model.js";
import { invalid } from "../errors.js";
import { zoneDates, type ZoneDates } from "../store/agenda/zones.js";
import type { Db } from "../store/db.js";
import {
  contactStates,
  contractOutcomes,
  factKindsByContact,
  getBackChecks,
  pipelineCounts,
  referralCounts,
  stageChangesIn,
  wasKept,
  type InsightWindow,
} from "../store/insights.js";
import { ledgerCounts } from "../store/ledger.js";
import { membersOf } from "../store/workspaces.js";
import { todayFor } from "./agenda.js";
import type { Actor, Deps } from "./context.js";
import { healthToday } from "./health.js";
import { agendaSettingsOf, readSettings } from "./settings.js";

/** Longest window one request may ask for. */
const MAX_WINDOW_DAYS = 3_660;

function refuse(message: string): never {
  throw invalid(`from: ${message}`, [{ field: "from", message }]);
}

/** The window `[from, to]`: by default the ledger window ending today. */
function windowOf(query: InsightsQuery, today: IsoDate, settings: AgendaSettings) {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, 1 - settings.ledgerWindowDays);
  if (from > to) refuse("must not be after to");
  if (daysBetween(from, to) >= MAX_WINDOW_DAYS) refuse(`the window may span at most ${MAX_WINDOW_DAYS} days`);
  return { from, to };
}

/** Per-owner activity rows, created on first mention (every member has one). */
class Activities {
  readonly rows = new Map<string, OwnerActivity>();

  of(ownerId: string): OwnerActivity {
    let found = this.rows.get(ownerId);
    if (!found) {
      found = {
        ownerId,
        ledger: emptyLedger,
        activeContacts: 0,
        withCadence: 0,
        withinCadence: 0,
        getBacksDue: 0,
        getBacksKept: 0,
        depthPoints: 0,
        referrals: 0,
        contractsRenewed: 0,
        contractsEnded: 0,
        stageChanges: [],
        healthScores: [],
      };
      this.rows.set(ownerId, found);
    }
    return found;
  }
}

/** Active contacts, depth and cadence coverage, by contact owner. */
async function addBooks(
  db: Db,
  w: InsightWindow,
  zone: ZoneDates,
  settings: AgendaSettings,
  into: Activities,
) {
  const [contacts, kinds] = await Promise.all([contactStates(db, w), factKindsByContact(db, w)]);
  const kindsOf = new Map<string, FactKind[]>();
  for (const k of kinds) kindsOf.set(k.contactId, [...(kindsOf.get(k.contactId) ?? []), k.kind]);
  const books = new Map<string, BookContact[]>();
  for (const c of contacts) {
    if (c.stage === "lost" || c.stage === "not_a_fit") continue;
    const row = into.of(c.ownerId);
    row.activeContacts++;
    row.depthPoints += depthKnown(
      kindsOf.get(c.id) ?? [],
      c.birthday !== null,
      (c.howWeMet ?? "").trim() !== "",
    );
    const lastTouchOn = c.lastTouchAt === null ? null : zone.dateOf(c.lastTouchAt);
    const book = books.get(c.ownerId) ?? [];
    book.push(
      newBookContact({
        id: c.id,
        name: "",
        stage: c.stage,
        cadenceDays: c.cadenceDays,
        createdOn: zone.dateOf(c.createdAt),
        lastTouchOn,
      }),
    );
    books.set(c.ownerId, book);
  }
  for (const [ownerId, book] of books) Object.assign(into.of(ownerId), cadenceCoverage(book, settings, w.to));
}

/** Each owner's live contacts' health today, whatever the window (health is a present state). */
async function addHealth(db: Db, actor: Actor, today: IsoDate, into: Activities) {
  const scores = new Map<string, number[]>();
  for (const c of await healthToday(db, { workspaceId: actor.workspaceId }, today, actor.timeZone)) {
    const list = scores.get(c.ownerId);
    if (list) list.push(c.score);
    else scores.set(c.ownerId, [c.score]);
  }
  for (const [ownerId, list] of scores) into.of(ownerId).healthScores = list;
}

/** Stage moves per owner, counted by local month. */
async function addStageFlow(db: Db, w: InsightWindow, zone: ZoneDates, into: Activities) {
  const counts = new Map<string, Map<string, StageChangeCount>>();
  for (const m of await stageChangesIn(db, w)) {
    const month = zone.dateOf(m.changedAt).slice(0, 7);
    const key = `${month} ${m.fromStage ?? ""} ${m.toStage}`;
    const owner = counts.get(m.ownerId) ?? new Map<string, StageChangeCount>();
    const found = owner.get(key);
    if (found) found.count++;
    else owner.set(key, { month, from: m.fromStage, to: m.toStage, count: 1 });
    counts.set(m.ownerId, owner);
  }
  for (const [ownerId, changes] of counts) into.of(ownerId).stageChanges = [...changes.values()];
}

/** The owners' pipeline counts added up per stage and currency, for the team. */
function teamPipeline(counts: readonly PipelineCount[]): PipelineCount[] {
  const sums = new Map<string, PipelineCount>();
  for (const c of counts) {
    const key = `${c.stage} ${c.currency ?? ""}`;
    const found = sums.get(key);
    if (found) {
      found.deals += c.deals;
      found.amount += c.amount;
    } else sums.set(key, { stage: c.stage, currency: c.currency, deals: c.deals, amount: c.amount });
  }
  return [...sums.values()];
}

/**
 * The workspace's relationship KPIs over `[from, to]` (local dates in the actor's time zone), for
 * each member and for the team; the health spread is today's, whatever the window.
 * @example (await workspaceInsights(deps, actor, {})).team.giveTake.givesPerAsk
 */
export async function workspaceInsights(
  deps: Deps,
  actor: Actor,
  query: InsightsQuery,
): Promise<InsightsBody> {
  const db = deps.store.db;
  const settings = agendaSettingsOf(await readSettings(db, actor.workspaceId));
  const today = todayFor(deps, actor);
  const { from, to } = windowOf(query, today, settings);
  const zone = zoneDates(actor.timeZone);
  const window = daysWindow(from, to, actor.timeZone);
  const w: InsightWindow = {
    workspaceId: actor.workspaceId,
    from,
    to,
    fromAt: window.from,
    untilAt: window.until,
    today,
  };
  // A get-back is judged once its day is over, if it fell in the window.
  const getBacksBefore = addDays(to, 1) < today ? addDays(to, 1) : today;
  const into = new Activities();
  const [members, ledgers, getBacks, referrals, contracts, pipeline] = await Promise.all([
    membersOf(db, actor.workspaceId),
    ledgerCounts(db, { scope: { workspaceId: actor.workspaceId }, window, by: "owner" }),
    getBackChecks(db, { workspaceId: actor.workspaceId }, { from, before: getBacksBefore }),
    referralCounts(db, w),
    contractOutcomes(db, w),
    pipelineCounts(db, actor.workspaceId),
    addBooks(db, w, zone, settings, into),
    addStageFlow(db, w, zone, into),
    addHealth(db, actor, today, into),
  ]);
  for (const m of members) into.of(m.id);
  for (const [ownerId, ledger] of ledgers) into.of(ownerId).ledger = ledger;
  for (const g of getBacks) {
    into.of(g.ownerId).getBacksDue++;
    if (wasKept(g, zone)) into.of(g.ownerId).getBacksKept++;
  }
  for (const [ownerId, n] of referrals) into.of(ownerId).referrals += n;
  for (const [ownerId, k] of contracts) {
    into.of(ownerId).contractsRenewed += k.renewed;
    into.of(ownerId).contractsEnded += k.ended;
  }
  const result = insightsOf([...into.rows.values()], to);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const owners = result.owners.map((o) => ({
    ...o,
    name: names.get(o.ownerId) ?? "",
    pipeline: pipelineOf(pipeline.filter((p) => p.ownerId === o.ownerId)),
  }));
  const team = { ...result.team, pipeline: pipelineOf(teamPipeline(pipeline)) };
  return { from, to, timeZone: actor.timeZone, owners, team };
}
