// Import throughput: a generated CSV of 100,000 contacts imported through the whole pipeline
// (CSV reader, shared record rules, matching, bulk writes, fingerprints) on SQLite and, when
// RAPPORT_TEST_DATABASE_URL is set, PostgreSQL; beside it, the baseline: the rows the import
// writes (organizations, contacts, keys, first stages, book marks, sources), built beforehand and
// written with prepared multi-row inserts, a transaction per 2,000 as the import does, in the
// same run. The heap at 25,000 and 100,000 rows (peak, and held after a collection) shows whether
// memory stays flat as the file grows.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { createUser } from "../src/services/accounts.js";
import type { Deps } from "../src/services/context.js";
import { importFile } from "../src/services/imports.js";
import { migrate, openStore, type DialectName, type Store } from "../src/store/db.js";
import { contactKeys } from "../src/domain/contact-keys.js";
import { finishRecord } from "../src/domain/imports/record.js";
import { newOrderedId } from "../src/store/ids.js";
import { postgresWriter, sqliteWriter, type RawWriter, type Value } from "./raw-writes.js";
import { collected, type BenchLine, type BenchOptions } from "./report.js";

const NOW = new Date("2026-12-05T08:00:00Z");
const chunkSize = 64 * 1024;
/** Records a transaction, as the import writes them. */
const BATCH = 2_000;

const first = ["Ana", "Ben", "Chloé", "Dmitri", "Eva", "Femi", "Grace", "Hiro", "Ines", "Jonas"];
const last = ["Cruz", "Okoro", "Martin", "Ivanov", "Lind", "Adeyemi", "Hopper", "Tanaka", "Silva", "Berg"];
const companies = ["Cedar Lane", "Northwind", "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"];

interface Person {
  name: string;
  email: string;
  phone: string;
  company: string;
  title: string;
  birthday: string;
  notes: string;
}

function person(i: number): Person {
  return {
    name: `${first[i % 10]} ${last[Math.floor(i / 10) % 10]} ${i}`,
    email: `person.${i}@example.com`,
    phone: `(${201 + Math.floor(i / 10_000)}) 555-${String(i % 10_000).padStart(4, "0")}`,
    company: `${companies[i % companies.length]} ${i % 500}`,
    title: "Buyer",
    birthday: i % 3 === 0 ? `--${String((i % 12) + 1).padStart(2, "0")}-15` : "",
    notes: `Met at the fair, stand ${i % 90}`,
  };
}

function csv(rows: number): Buffer {
  const lines = ["Name,Email,Phone,Company,Title,Birthday,Notes"];
  for (let i = 0; i < rows; i++) {
    const p = person(i);
    lines.push(`${p.name},${p.email},${p.phone},${p.company},${p.title},${p.birthday},"${p.notes}"`);
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

function* stream(bytes: Buffer): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
}

interface Opened {
  store: Store;
  /** A plain driver connection to the same database, for the baseline. */
  raw(): Promise<RawWriter>;
  close(): Promise<void>;
}

async function open(dialect: DialectName): Promise<Opened> {
  if (dialect === "sqlite") {
    const file = path.join(
      os.tmpdir(),
      `rapport-import-bench-${process.pid}-${randomBytes(3).toString("hex")}.sqlite`,
    );
    const store = openStore({ kind: "sqlite", file });
    await migrate(store);
    return {
      store,
      raw: () => Promise.resolve(sqliteWriter(store.sqlite!)),
      async close() {
        await store.close();
        for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      },
    };
  }
  const admin = process.env.RAPPORT_TEST_DATABASE_URL!;
  const name = `rapport_bench_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const store = openStore({ kind: "postgres", url: url.toString() });
  await migrate(store);
  return {
    store,
    raw: () => postgresWriter(url.toString()),
    async close() {
      await store.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function owner(store: Store, n: number) {
  const deps: Deps = { store, now: () => NOW };
  const { actor } = await createUser(deps, {
    email: `bench${n}@example.test`,
    password: "correct horse battery",
    name: "Bench Owner",
    workspace: `Bench ${n}`,
  });
  return { deps, actor };
}

/**
 * The whole pipeline: rows per second, the peak heap above where it started (garbage included),
 * and the most the import holds: the heap just after a collection, every 5 batches.
 */
async function imported(store: Store, bytes: Buffer, rows: number, n: number) {
  const { deps, actor } = await owner(store, n);
  collected();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  let live = 0;
  let batches = 0;
  const start = performance.now();
  const job = await importFile(deps, actor, Readable.from(stream(bytes)), { country: "US" }, () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    if (++batches % 5 !== 0) return;
    collected();
    live = Math.max(live, process.memoryUsage().heapUsed - base);
  });
  const seconds = (performance.now() - start) / 1000;
  if (job.result.created !== rows) throw new Error(`created ${job.result.created} of ${rows}`);
  return { perSecond: rows / seconds, peakMb: peak / 2 ** 20, liveMb: live / 2 ** 20 };
}

const contactColumns = [
  "id",
  "workspace_id",
  "owner_id",
  "organization_id",
  "stage",
  "name",
  "nickname",
  "department",
  "title",
  "emails",
  "phones",
  "urls",
  "labels",
  "tags",
  "address",
  "birthday",
  "anniversary",
  "notes",
  "how_we_met",
  "photo",
  "preferred_channel",
  "cadence_days",
  "time_zone",
  "version",
  "archived_at",
  "created_at",
  "updated_at",
];

interface RawBatch {
  organizations: Value[][];
  contacts: Value[][];
  keys: Value[][];
  stages: Value[][];
  sources: Value[][];
}

/** The rows the import writes for these people (same record rules, ids, keys and fingerprints). */
function rawBatches(rows: number, workspaceId: string, ownerId: string): RawBatch[] {
  const at = NOW.toISOString();
  const organizations = new Map<string, string>();
  const batches: RawBatch[] = [];
  for (let i = 0; i < rows; i++) {
    if (i % BATCH === 0) batches.push({ organizations: [], contacts: [], keys: [], stages: [], sources: [] });
    const batch = batches.at(-1)!;
    const p = person(i);
    const item = finishRecord(
      {
        line: i + 2,
        formattedName: p.name,
        emails: [{ value: p.email }],
        phones: [{ value: p.phone }],
        organization: p.company,
        title: p.title,
        birthday: p.birthday,
        notes: p.notes,
      },
      { country: "US" },
    );
    if (item.kind !== "contact") throw new Error(`row ${i} rejected`);
    const c = item.contact;
    let organizationId = organizations.get(p.company);
    if (!organizationId) {
      organizations.set(p.company, (organizationId = newOrderedId()));
      batch.organizations.push([organizationId, workspaceId, p.company, null, "", 1, null, at, at]);
    }
    const id = newOrderedId();
    const json = JSON.stringify;
    batch.contacts.push([
      id,
      workspaceId,
      ownerId,
      organizationId,
      "prospect",
      c.name,
      null,
      null,
      c.title,
      json(c.emails),
      json(c.phones),
      json(c.urls),
      json(c.labels),
      json(c.tags),
      null,
      c.birthday,
      null,
      c.notes,
      null,
      null,
      null,
      null,
      null,
      1,
      null,
      at,
      at,
    ]);
    for (const k of contactKeys(c)) batch.keys.push([id, workspaceId, k.kind, k.key]);
    batch.stages.push([newOrderedId(), workspaceId, id, null, "prospect", at]);
    const fingerprint = createHash("sha256").update(JSON.stringify(c)).digest("base64url");
    batch.sources.push([`record:${fingerprint}`, id, workspaceId, at]);
  }
  return batches;
}

/**
 * The baseline: the same rows, built beforehand, written with prepared multi-row inserts, one
 * transaction a batch; the book marked once a batch as the import does (migration 010).
 */
async function rawInsert(opened: Opened, rows: number, n: number): Promise<number> {
  const { actor } = await owner(opened.store, n);
  const ws = actor.workspaceId;
  const batches = rawBatches(rows, ws, actor.userId);
  const raw = await opened.raw();
  try {
    collected();
    const start = performance.now();
    for (const b of batches) {
      await raw.transaction(async () => {
        const orgColumns = [
          "id",
          "workspace_id",
          "name",
          "website",
          "notes",
          "version",
          "archived_at",
          "created_at",
          "updated_at",
        ];
        await raw.insert("organizations", orgColumns, b.organizations, 500);
        await raw.query("insert into book_mark_pauses (workspace_id) values (?)", [ws]);
        await raw.insert("contacts", contactColumns, b.contacts, 500);
        await raw.query("delete from book_mark_pauses where workspace_id = ?", [ws]);
        const [bumped] = await raw.query(
          `insert into book_versions (workspace_id, version) values (?, 1) on conflict (workspace_id)
           do update set version = book_versions.version + 1 returning version`,
          [ws],
        );
        const version = Number(bumped!.version);
        const marks = b.contacts.map((c) => [c[0]!, ws, version]);
        const update =
          "on conflict (contact_id) do update set workspace_id = excluded.workspace_id, version = excluded.version";
        await raw.insert("book_marks", ["contact_id", "workspace_id", "version"], marks, 2_000, update);
        await raw.insert("contact_keys", ["contact_id", "workspace_id", "kind", "key"], b.keys, 2_000);
        const stageColumns = ["id", "workspace_id", "contact_id", "from_stage", "to_stage", "changed_at"];
        await raw.insert("stage_changes", stageColumns, b.stages, 2_000);
        const sourceColumns = ["fingerprint", "contact_id", "workspace_id", "created_at"];
        await raw.insert("import_sources", sourceColumns, b.sources, 2_000, "on conflict do nothing");
      });
    }
    return rows / ((performance.now() - start) / 1000);
  } finally {
    await raw.close();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const thousands = (n: number) => `${Math.round(n / 1_000)}k`;

async function onDialect(dialect: DialectName, big: number): Promise<BenchLine> {
  const small = big / 4;
  const bytes = csv(big);
  // The import and the baseline each write a first quarter, then the whole, in a database of
  // their own, so that both meet tables of the same size.
  const pipeline = await open(dialect);
  let warm, full;
  try {
    warm = await imported(pipeline.store, csv(small), small, 1);
    full = await imported(pipeline.store, bytes, big, 2);
  } finally {
    await pipeline.close();
  }
  const baseline = await open(dialect);
  let raw;
  try {
    await rawInsert(baseline, small, 1);
    raw = await rawInsert(baseline, big, 2);
  } finally {
    await baseline.close();
  }
  return {
    name: `imports: ${big.toLocaleString("en-US")}-row CSV, ${dialect}`,
    ratio: { value: Number((full.perSecond / raw).toFixed(3)), of: "the raw insert's rows/s" },
    summary:
      `${fmt(full.perSecond)} rows/s (${(bytes.length / 2 ** 20).toFixed(1)} MB); raw bulk insert ` +
      `${fmt(raw)} rows/s, ratio ${(full.perSecond / raw).toFixed(2)}; peak heap ` +
      `${warm.peakMb.toFixed(0)} MB at ${thousands(small)} rows, ${full.peakMb.toFixed(0)} MB at ${thousands(big)}; ` +
      `held after a collection ${warm.liveMb.toFixed(0)} MB, ${full.liveMb.toFixed(0)} MB`,
    figures: {
      rowsPerSecond: Math.round(full.perSecond),
      rawRowsPerSecond: Math.round(raw),
      ratioToRaw: Number((full.perSecond / raw).toFixed(3)),
      peakHeapMbQuarter: Number(warm.peakMb.toFixed(1)),
      peakHeapMbWhole: Number(full.peakMb.toFixed(1)),
      heldHeapMbQuarter: Number(warm.liveMb.toFixed(1)),
      heldHeapMbWhole: Number(full.liveMb.toFixed(1)),
    },
  };
}

export default async function bench(options: BenchOptions): Promise<BenchLine[]> {
  // The figure is 100,000 rows; --quick takes 5,000, and RAPPORT_BENCH_IMPORT_ROWS any
  // other size (for profiling).
  const rows = Number(process.env.RAPPORT_BENCH_IMPORT_ROWS ?? (options.quick ? 5_000 : 100_000));
  const lines = [await onDialect("sqlite", rows)];
  if (process.env.RAPPORT_TEST_DATABASE_URL) lines.push(await onDialect("postgres", rows));
  return lines;
}
