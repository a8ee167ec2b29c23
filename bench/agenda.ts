// Agenda bench: one owner with 5,000 contacts and 250,000 touches on SQLite (a tenth of that with
// --quick). Measures the agenda
// service end to end (book loading + agendaFor) against hand-written SQL on the raw handle. The seed
// writes rows around the services, so it rebuilds the activity summaries afterwards, as a restore does.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type SQLite from "better-sqlite3";
import { isDeepStrictEqual } from "node:util";
import { agendaFor, type Agenda, type BookContact } from "../src/domain/agenda/index.js";
import type { AgendaSettings } from "../src/domain/agenda/settings.js";
import { addDays, localDate } from "../src/domain/dates.js";
import { emptyLedger, ledgerWindow, type Ledger } from "../src/domain/ledger.js";
import {
  channels,
  factKinds,
  intents,
  matterKinds,
  type Channel,
  type FactKind,
  type FollowUpStatus,
  type Intent,
  type MatterKind,
  type ReasonKind,
  type Stage,
} from "../src/domain/model.js";
import { createUser } from "../src/services/accounts.js";
import { agendaToday } from "../src/services/agenda.js";
import { logTouch } from "../src/services/touches.js";
import type { Actor, Deps } from "../src/services/context.js";
import { agendaSettingsOf, readSettings } from "../src/services/settings.js";
import { rebuildActivity } from "../src/store/activity.js";
import { loadBook } from "../src/store/agenda/book.js";
import { zoneDates } from "../src/store/agenda/zones.js";
import { migrate, openStore, type Store } from "../src/store/db.js";
import { collected, percentile, type BenchLine, type BenchOptions } from "./report.js";
import { generator } from "../test/support/random.js";

/** The full book, and a tenth of it for --quick; the other rows scale with the contacts. */
const sizes = {
  full: { contacts: 5_000, touches: 250_000, runs: 40, warmup: 5 },
  quick: { contacts: 500, touches: 25_000, runs: 10, warmup: 2 },
};
type Size = typeof sizes.full;
const TIME_ZONE = "Europe/Paris";
const NOW = new Date("2026-03-10T09:00:00Z");
const DAY_MS = 86_400_000;

type Rng = ReturnType<typeof generator>;

const stageWeights: [Stage, number][] = [
  ["prospect", 30],
  ["customer", 20],
  ["client", 30],
  ["advocate", 10],
  ["lost", 5],
  ["not_a_fit", 5],
];

function weightedStage(rng: Rng): Stage {
  let roll = rng.int(100);
  for (const [stage, weight] of stageWeights) {
    if (roll < weight) return stage;
    roll -= weight;
  }
  return "prospect";
}

const instantDaysAgo = (days: number, rng: Rng): string =>
  new Date(NOW.getTime() - days * DAY_MS - rng.int(DAY_MS)).toISOString();

interface Seeded {
  store: Store;
  sqlite: SQLite.Database;
  actor: Actor;
  file: string;
  seedMs: number;
  /** Of which rebuilding `contact_activity` from the seeded touches. */
  activityMs: number;
}

/** Seeds the book with raw prepared statements in one transaction per table (bench-only). */
async function seed({ contacts, touches }: Size): Promise<Seeded> {
  const scaled = (atFullSize: number) => Math.round((atFullSize * contacts) / sizes.full.contacts);
  const file = path.join(os.tmpdir(), `rapport-agenda-bench-${process.pid}.sqlite`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const started = performance.now();
  const store = openStore({ kind: "sqlite", file });
  await migrate(store);
  const sqlite = store.sqlite;
  if (!sqlite) throw new Error("the agenda bench needs SQLite");
  const deps: Deps = { store, now: () => NOW };
  const { actor } = await createUser(deps, {
    email: "bench@example.test",
    password: "correct horse battery",
    name: "Bench Owner",
    workspace: "Bench",
    timeZone: TIME_ZONE,
  });
  // Seeding only: a big page cache and no syncs; put back before anything is measured.
  const cacheSize = sqlite.pragma("cache_size", { simple: true }) as number;
  sqlite.pragma("cache_size = -524288");
  sqlite.pragma("synchronous = OFF");
  const rng = generator(42);
  const ws = actor.workspaceId;
  const owner = actor.userId;
  const at = NOW.toISOString();
  const today = localDate(NOW, TIME_ZONE);

  const contactIds: string[] = [];
  const contactStages: Stage[] = [];
  sqlite.transaction(() => {
    const insert = sqlite.prepare(
      `insert into contacts (id, workspace_id, owner_id, name, stage, birthday, cadence_days, preferred_channel,
        how_we_met, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertStage = sqlite.prepare(
      `insert into stage_changes (id, workspace_id, contact_id, from_stage, to_stage, changed_at) values (?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < contacts; i++) {
      const id = randomUUID();
      const stage = weightedStage(rng);
      const birthday =
        rng.next() < 0.6
          ? i % 97 === 0
            ? `--${today.slice(5)}`
            : `19${50 + rng.int(50)}-0${1 + rng.int(9)}-1${rng.int(9)}`
          : null;
      const created = instantDaysAgo(400 + rng.int(300), rng);
      insert.run(
        id,
        ws,
        owner,
        `Contact ${String(i).padStart(4, "0")}`,
        stage,
        birthday,
        rng.next() < 0.1 ? 7 + rng.int(60) : null,
        rng.next() < 0.3 ? rng.pick(channels) : null,
        rng.next() < 0.2 ? "Met at a trade fair" : null,
        created,
        created,
      );
      insertStage.run(randomUUID(), ws, id, null, stage, created);
      contactIds.push(id);
      contactStages.push(stage);
    }
  })();

  sqlite.transaction(() => {
    const insert = sqlite.prepare(
      `insert into touches (id, workspace_id, contact_id, owner_id, occurred_at, channel, intent, direction, notes,
        steps, get_back_on, archived_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?)`,
    );
    for (let i = 0; i < touches; i++) {
      const contact = rng.int(contacts);
      const daysAgo = rng.int(700);
      const occurred = instantDaysAgo(daysAgo, rng);
      const direction = rng.next() < 0.7 ? "outbound" : "inbound";
      const intent: Intent = rng.pick(intents);
      const getBack = rng.next() < 0.02 ? addDays(today, 3 - Math.min(daysAgo, 30) + rng.int(10)) : null;
      insert.run(
        randomUUID(),
        ws,
        contactIds[contact],
        owner,
        occurred,
        rng.pick<Channel>(channels),
        intent,
        direction,
        "Talked about the project and their plans for the spring",
        getBack,
        rng.next() < 0.01 ? at : null,
        occurred,
        occurred,
      );
    }
  })();

  sqlite.transaction(() => {
    const matter = sqlite.prepare(
      `insert into matters (id, workspace_id, contact_id, summary, kind, follow_up_on, status, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < scaled(3_000); i++) {
      const followUpOn = rng.next() < 0.2 ? null : addDays(today, rng.int(60) - 40);
      matter.run(
        randomUUID(),
        ws,
        rng.pick(contactIds),
        "Their daughter's recital",
        rng.pick(matterKinds),
        followUpOn,
        rng.next() < 0.7 ? "open" : "done",
        at,
        at,
      );
    }
    const contract = sqlite.prepare(
      `insert into contracts (id, workspace_id, contact_id, title, ends_on, status, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < scaled(1_500); i++) {
      const contact = rng.int(contacts);
      const status = rng.next() < 0.8 ? "active" : rng.pick(["renewed", "ended"]);
      contract.run(
        randomUUID(),
        ws,
        contactIds[contact],
        "Support plan",
        addDays(today, rng.int(240) - 60),
        status,
        at,
        at,
      );
    }
    const fact = sqlite.prepare(
      `insert into facts (id, workspace_id, contact_id, kind, text, learned_on, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < scaled(10_000); i++) {
      fact.run(
        randomUUID(),
        ws,
        rng.pick(contactIds),
        rng.pick<FactKind>(factKinds),
        "Loves sailing",
        addDays(today, -rng.int(500)),
        at,
        at,
      );
    }
    const deal = sqlite.prepare(
      `insert into deals (id, workspace_id, contact_id, owner_id, title, stage, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const concern = sqlite.prepare(
      `insert into concerns (id, workspace_id, deal_id, text, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < scaled(1_000); i++) {
      const dealId = randomUUID();
      const stage = rng.pick(["exploring", "needs_understood", "deciding", "lost", "won"]);
      deal.run(dealId, ws, rng.pick(contactIds), owner, "Team licences", stage, at, at);
      if (rng.next() < 0.4) {
        const opened = instantDaysAgo(rng.int(30), rng);
        concern.run(
          randomUUID(),
          ws,
          dealId,
          "Worried about the onboarding time",
          rng.next() < 0.6 ? "open" : "answered",
          opened,
          opened,
        );
      }
    }
    const followUp = sqlite.prepare(
      `insert into follow_ups (id, workspace_id, contact_id, owner_id, due_on, reason_kind, detail, status,
        snoozed_until, dismiss_reason, completed_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const kinds: ReasonKind[] = ["manual", "cadence", "birthday", "matter", "renewal"];
    for (let i = 0; i < scaled(2_000); i++) {
      const kind = rng.pick(kinds);
      const status =
        kind === "manual"
          ? rng.pick(["open", "snoozed", "done"])
          : rng.pick(["done", "dismissed", "snoozed"]);
      followUp.run(
        randomUUID(),
        ws,
        rng.pick(contactIds),
        owner,
        addDays(today, rng.int(500) - 450),
        kind,
        kind === "manual" ? "Send the case study" : "",
        status,
        status === "snoozed" ? addDays(today, rng.int(20) - 5) : null,
        status === "dismissed" ? "Not now" : null,
        status === "done" ? at : null,
        at,
        at,
      );
    }
  })();
  const rebuilding = performance.now();
  await rebuildActivity(store.db);
  const activityMs = performance.now() - rebuilding;
  sqlite.pragma(`cache_size = ${cacheSize}`);
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("optimize");
  return { store, sqlite, actor, file, seedMs: performance.now() - started, activityMs };
}

// ---------------------------------------------------------------------------------------------
// The baseline: the same answer from hand-written SQL on the raw better-sqlite3 handle (statements
// prepared once), mapped to the same book and ranked by the same agendaFor.

const inScope = (alias: string) =>
  `exists (select sc.id from contacts sc where sc.workspace_id = @ws and sc.archived_at is null
     and sc.owner_id = @owner and sc.id = ${alias}.contact_id)`;

const baselineSql = {
  contacts: `select c.id, c.name, c.stage, c.birthday, c.anniversary, c.cadence_days, c.preferred_channel, c.created_at,
      a.last_touch_at, a.last_inbound_at, a.last_ask_at, a.last_give_at, a.unanswered_outbound, a.recent_outbound,
      a.get_back_on
    from contacts c left join contact_activity a on a.contact_id = c.id
    where c.workspace_id = @ws and c.owner_id = @owner and c.archived_at is null`,
  ledger: `select contact_id, intent, count(*) as n from touches t
      where workspace_id = @ws and direction = 'outbound' and archived_at is null and occurred_at >= @ledgerFrom
        and occurred_at < @ledgerUntil and ${inScope("t")} group by contact_id, intent`,
  matters: `select id, contact_id, summary, kind, follow_up_on from matters m where workspace_id = @ws and status = 'open'
      and archived_at is null and ${inScope("m")} order by created_at`,
  contracts: `select id, contact_id, title, ends_on from contracts k where workspace_id = @ws and status = 'active'
      and archived_at is null and ${inScope("k")} order by ends_on`,
  concerns: `select q.id, q.deal_id, d.contact_id, d.title, q.text, q.created_at from concerns q
      join deals d on d.id = q.deal_id and d.workspace_id = q.workspace_id
      where q.workspace_id = @ws and q.status = 'open' and d.archived_at is null and d.stage not in ('lost', 'no_fit')
        and ${inScope("d")} order by q.created_at`,
  // Newest first within each contact; the first fact of each kind is kept below.
  facts: `select contact_id, kind, text from facts f where workspace_id = @ws and archived_at is null and ${inScope("f")}
      order by contact_id, learned_on desc, created_at desc, id desc`,
  followUps: `select id, contact_id, due_on, reason_kind, status, snoozed_until, detail from follow_ups u
      where workspace_id = @ws and archived_at is null and (status in ('open', 'snoozed') or due_on >= @since)
        and ${inScope("u")} order by due_on`,
};

type Row = Record<string, string | number | null>;
const str = (v: unknown) => v as string;
const maybe = (v: unknown) => (v ?? null) as string | null;

function grouped(rows: Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const key = str(row.contact_id);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

function newestOfEachKind(rows: Row[]): { kind: FactKind; text: string }[] {
  const seen = new Set<unknown>();
  return rows
    .filter((f) => !seen.has(f.kind) && seen.add(f.kind))
    .map((f) => ({ kind: f.kind as FactKind, text: str(f.text) }));
}

function baselineLoader(sqlite: SQLite.Database) {
  const statements = Object.fromEntries(
    Object.entries(baselineSql).map(([name, text]) => [name, sqlite.prepare(text)]),
  ) as Record<keyof typeof baselineSql, SQLite.Statement>;
  return (
    ws: string,
    owner: string,
    timeZone: string,
    today: string,
    ledgerWindowDays: number,
  ): BookContact[] => {
    const zone = zoneDates(timeZone);
    const window = ledgerWindow(today, timeZone, ledgerWindowDays);
    const params = { ws, owner };
    const range = { ledgerFrom: window.from, ledgerUntil: window.until };
    const contacts = statements.contacts.all(params) as Row[];
    const ledgers = new Map<string, Ledger>();
    for (const r of statements.ledger.all({ ...params, ...range }) as Row[]) {
      const id = str(r.contact_id);
      const ledger = ledgers.get(id) ?? { ...emptyLedger };
      ledger[r.intent as Intent] += Number(r.n);
      ledgers.set(id, ledger);
    }
    const matters = grouped(statements.matters.all(params) as Row[]);
    const contracts = grouped(statements.contracts.all(params) as Row[]);
    const concerns = grouped(statements.concerns.all(params) as Row[]);
    const facts = grouped(statements.facts.all(params) as Row[]);
    const followUps = grouped(statements.followUps.all({ ...params, since: addDays(today, -400) }) as Row[]);
    const on = (v: unknown) => (v === null ? null : zone.dateOf(str(v)));
    return contacts.map((c) => {
      const id = str(c.id);
      const lastTouchOn = on(c.last_touch_at);
      const getBack = maybe(c.get_back_on);
      return {
        id,
        name: str(c.name),
        stage: c.stage as Stage,
        birthday: maybe(c.birthday),
        anniversary: maybe(c.anniversary),
        cadenceDays: (c.cadence_days ?? null) as number | null,
        preferredChannel: maybe(c.preferred_channel) as Channel | null,
        createdOn: zone.dateOf(str(c.created_at)),
        lastTouchOn,
        lastInboundOn: on(c.last_inbound_at),
        lastAskOrProposalOn: on(c.last_ask_at),
        lastGiveOn: on(c.last_give_at),
        unansweredOutbound: Number(c.unanswered_outbound ?? 0),
        recentIntents: c.recent_outbound ? (str(c.recent_outbound).split(",") as Intent[]) : [],
        ledger: ledgers.get(id) ?? emptyLedger,
        openGetBackOn: getBack !== null && (lastTouchOn === null || lastTouchOn < getBack) ? getBack : null,
        matters: (matters.get(id) ?? []).map((m) => ({
          id: str(m.id),
          summary: str(m.summary),
          kind: m.kind as MatterKind,
          followUpOn: maybe(m.follow_up_on),
        })),
        contracts: (contracts.get(id) ?? []).map((k) => ({
          id: str(k.id),
          title: str(k.title),
          endsOn: str(k.ends_on),
        })),
        concerns: (concerns.get(id) ?? []).map((q) => ({
          id: str(q.id),
          dealId: str(q.deal_id),
          dealTitle: str(q.title),
          text: str(q.text),
          openedOn: zone.dateOf(str(q.created_at)),
        })),
        facts: newestOfEachKind(facts.get(id) ?? []),
        followUps: (followUps.get(id) ?? []).map((u) => ({
          id: str(u.id),
          dueOn: str(u.due_on),
          reasonKind: u.reason_kind as ReasonKind,
          status: u.status as FollowUpStatus,
          snoozedUntil: maybe(u.snoozed_until),
          detail: str(u.detail),
        })),
      };
    });
  };
}

async function timed<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  collected();
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

interface Samples {
  afterWrite: number[];
  unchanged: number[];
  baseline: number[];
  load: number[];
  rank: number[];
}

/**
 * The table's rows. Only the whole book gets a ratio: it does the baseline's work (every row read,
 * then ranked), while the other two serve a book kept between requests, which no baseline keeps.
 */
function caseLines(
  size: Size,
  samples: Samples,
  items: number,
  seeded: { seedMs: number; activityMs: number },
): BenchLine[] {
  const p = (list: number[], q: number) => percentile(list, q);
  const wholeBook = samples.load.map((load, i) => load + (samples.rank[i] ?? 0));
  const figures = {
    contacts: size.contacts,
    touches: size.touches,
    items,
    p50: p(samples.afterWrite, 50),
    p95: p(samples.afterWrite, 95),
    max: p(samples.afterWrite, 100),
    baselineP50: p(samples.baseline, 50),
    seedMs: seeded.seedMs,
  };
  const ratio = p(wholeBook, 50) / figures.baselineP50;
  const within = ratio <= 1.5 && figures.p95 < 50;
  const verdict = within ? "within targets" : "OVER TARGET (whole book ≤1.5× baseline, p95 < 50 ms)";
  const count = (n: number) => n.toLocaleString("en-US");
  const spread = (list: number[]) => ({ p50: p(list, 50), p95: p(list, 95), max: p(list, 100) });
  const timing = (list: number[]) => `p50 ${ms(p(list, 50))}, p95 ${ms(p(list, 95))}`;
  return [
    {
      name: `agenda: service after a logged touch (${count(size.contacts)} contacts, ${count(size.touches)} touches)`,
      summary: `${timing(samples.afterWrite)}; ${items} due; ${size.runs} runs; ${verdict}`,
      figures,
    },
    {
      name: "agenda: service, nothing changed",
      summary: timing(samples.unchanged),
      figures: spread(samples.unchanged),
    },
    {
      name: "agenda: whole book (first look of the day)",
      summary:
        `${timing(wholeBook)}; ${ratio.toFixed(2)}× baseline; ` +
        `book load (7 queries + mapping) p50 ${ms(p(samples.load, 50))}, agendaFor p50 ${ms(p(samples.rank, 50))}`,
      figures: spread(wholeBook),
      ratio: { value: Number(ratio.toFixed(2)), of: "the raw SQL baseline's p50 time" },
    },
    {
      name: "agenda: raw SQL baseline",
      summary: `${timing(samples.baseline)} (better-sqlite3, same agendaFor)`,
      figures: spread(samples.baseline),
    },
    {
      name: "agenda: seed",
      summary:
        `${(seeded.seedMs / 1000).toFixed(1)} s for ${size.contacts} contacts and ${size.touches} touches ` +
        `(migrated SQLite file), of which rebuilding contact_activity ${ms(seeded.activityMs)}`,
      figures: seeded,
    },
  ];
}

/** Seeds, checks both paths give the same agenda, then times them alternately. */
export default async function agendaBench({ quick }: BenchOptions): Promise<BenchLine[]> {
  const size = quick ? sizes.quick : sizes.full;
  const { runs, warmup } = size;
  const { store, sqlite, actor, file, seedMs, activityMs } = await seed(size);
  try {
    const deps: Deps = { store, now: () => NOW };
    const settings: AgendaSettings = agendaSettingsOf(await readSettings(store.db, actor.workspaceId));
    const today = localDate(NOW, actor.timeZone);
    const loadBaseline = baselineLoader(sqlite);
    const baseline = (): Agenda =>
      agendaFor(
        loadBaseline(actor.workspaceId, actor.userId, actor.timeZone, today, settings.ledgerWindowDays),
        settings,
        today,
      );
    const service = async () => {
      const { timeZone: _, laterCursor: __, ...served } = await agendaToday(deps, actor);
      return served;
    };
    // The service answers the first page of the later items and their count.
    const agreed = async (what: string) => {
      const served = await service();
      const { later, ...day } = baseline();
      const firstPage = { ...day, later: later.slice(0, served.later.length), laterTotal: later.length };
      if (!isDeepStrictEqual(served, firstPage)) {
        throw new Error(`the service and the SQL baseline disagree ${what}`);
      }
    };
    await agreed("on the first load");
    // What a salesperson does between two looks at the agenda: log a touch with one of the book's contacts.
    const contactIds = (
      await loadBook(
        store.db,
        { workspaceId: actor.workspaceId, ownerId: actor.userId },
        {
          today,
          timeZone: actor.timeZone,
          ledgerWindowDays: settings.ledgerWindowDays,
        },
      )
    ).map((c) => c.id);
    const rng = generator(7);
    const logOne = () =>
      logTouch(deps, actor, {
        contactId: rng.pick(contactIds),
        occurredAt: new Date(NOW.getTime() - rng.int(DAY_MS)).toISOString(),
        channel: rng.pick(channels),
        intent: rng.pick(intents),
        direction: rng.next() < 0.7 ? "outbound" : "inbound",
        notes: "Caught up about the spring plans",
        steps: [],
      });
    const samples: Samples = { afterWrite: [], unchanged: [], baseline: [], load: [], rank: [] };
    for (let i = 0; i < warmup + runs; i++) {
      await logOne();
      const [a] = await timed(service);
      const [u] = await timed(service);
      const [b] = await timed(baseline);
      if (i < warmup) continue;
      samples.afterWrite.push(a);
      samples.unchanged.push(u);
      samples.baseline.push(b);
    }
    await agreed(`after ${warmup + runs} touches were logged`);
    // The first look of the day (or after many changes): the whole book loaded, then ranked.
    const scope = { workspaceId: actor.workspaceId, ownerId: actor.userId };
    const day = { today, timeZone: actor.timeZone, ledgerWindowDays: settings.ledgerWindowDays };
    for (let i = 0; i < runs / 2; i++) {
      const [load, book] = await timed(() => loadBook(store.db, scope, day));
      const [rank] = await timed(() => agendaFor(book, settings, today));
      samples.load.push(load);
      samples.rank.push(rank);
    }
    const served = await service();
    return caseLines(size, samples, served.items.length + served.laterTotal, { seedMs, activityMs });
  } finally {
    await store.close();
    // RAPPORT_BENCH_KEEP=1 keeps the seeded file for a closer look.
    if (process.env.RAPPORT_BENCH_KEEP) process.stderr.write(`bench: kept ${file}\n`);
    else for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
}
