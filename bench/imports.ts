// Import throughput: a generated CSV of 100,000 contacts imported through the whole pipeline
// (CSV reader, shared record rules, matching, bulk writes, fingerprints) on SQLite and, when
// RAPPORT_TEST_DATABASE_URL is set, PostgreSQL; beside it, the baseline: the same contacts
// written by a raw bulk insert (100 rows a statement, 1,000 a transaction) in the same run.
// Peak heap at 25,000 and 100,000 rows shows whether memory stays flat as the file grows.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { createUser } from "../src/services/accounts.js";
import type { Deps } from "../src/services/context.js";
import { importFile } from "../src/services/imports.js";
import { migrate, openStore, type DialectName, type Store } from "../src/store/db.js";
import { newId } from "../src/store/ids.js";
import { collected, type BenchLine } from "./report.js";

const NOW = new Date("2026-12-05T08:00:00Z");
const chunkSize = 64 * 1024;

const first = ["Ana", "Ben", "Chloé", "Dmitri", "Eva", "Femi", "Grace", "Hiro", "Ines", "Jonas"];
const last = ["Cruz", "Okoro", "Martin", "Ivanov", "Lind", "Adeyemi", "Hopper", "Tanaka", "Silva", "Berg"];
const companies = ["Cedar Lane", "Northwind", "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"];

function csv(rows: number): Buffer {
  const lines = ["Name,Email,Phone,Company,Title,Birthday,Notes"];
  for (let i = 0; i < rows; i++) {
    const name = `${first[i % 10]} ${last[Math.floor(i / 10) % 10]} ${i}`;
    const phone = `(${201 + Math.floor(i / 10_000)}) 555-${String(i % 10_000).padStart(4, "0")}`;
    const company = companies[i % companies.length]!;
    const birthday = i % 3 === 0 ? `--${String((i % 12) + 1).padStart(2, "0")}-15` : "";
    lines.push(
      `${name},person.${i}@example.com,${phone},${company} ${i % 500},Buyer,${birthday},"Met at the fair, stand ${i % 90}"`,
    );
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

function* stream(bytes: Buffer): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
}

interface Opened {
  store: Store;
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

/** The whole pipeline: rows per second and the peak heap above where it started. */
async function imported(store: Store, bytes: Buffer, rows: number, n: number) {
  const { deps, actor } = await owner(store, n);
  collected();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const start = performance.now();
  const job = await importFile(deps, actor, Readable.from(stream(bytes)), { country: "US" }, () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  });
  const seconds = (performance.now() - start) / 1000;
  if (job.result.created !== rows) throw new Error(`created ${job.result.created} of ${rows}`);
  return { perSecond: rows / seconds, peakMb: peak / 2 ** 20 };
}

/** The baseline: the same number of contacts, built beforehand, written with multi-row inserts. */
async function rawInsert(store: Store, rows: number, n: number): Promise<number> {
  const { actor } = await owner(store, n);
  const at = NOW.toISOString();
  const built = Array.from({ length: rows }, (_, i) => ({
    id: newId(),
    workspaceId: actor.workspaceId,
    ownerId: actor.userId,
    organizationId: null,
    name: `${first[i % 10]} ${last[Math.floor(i / 10) % 10]} ${i}`,
    emails: JSON.stringify([`person.${i}@example.com`]),
    phones: JSON.stringify([`+1 ${201 + Math.floor(i / 10_000)}-555-${String(i % 10_000).padStart(4, "0")}`]),
    urls: "[]",
    labels: "{}",
    tags: "[]",
    title: "Buyer",
    stage: "prospect",
    notes: `Met at the fair, stand ${i % 90}`,
    version: 1,
    createdAt: at,
    updatedAt: at,
  }));
  const start = performance.now();
  for (let i = 0; i < rows; i += 1_000) {
    await store.db.transaction().execute(async (trx) => {
      for (let j = i; j < Math.min(rows, i + 1_000); j += 100)
        await trx
          .insertInto("contacts")
          .values(built.slice(j, Math.min(j + 100, i + 1_000)))
          .execute();
    });
  }
  return rows / ((performance.now() - start) / 1000);
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function onDialect(dialect: DialectName): Promise<BenchLine> {
  const big = 100_000;
  const small = 25_000;
  const bytes = csv(big);
  const opened = await open(dialect);
  try {
    const { store } = opened;
    const warm = await imported(store, csv(small), small, 1);
    const full = await imported(store, bytes, big, 2);
    const raw = await rawInsert(store, big, 3);
    return {
      name: `imports: 100,000-row CSV, ${dialect}`,
      summary:
        `${fmt(full.perSecond)} rows/s (${(bytes.length / 2 ** 20).toFixed(1)} MB); raw bulk insert ` +
        `${fmt(raw)} rows/s, ratio ${(full.perSecond / raw).toFixed(2)}; peak heap ` +
        `${warm.peakMb.toFixed(0)} MB at 25k rows, ${full.peakMb.toFixed(0)} MB at 100k`,
      figures: {
        rowsPerSecond: Math.round(full.perSecond),
        rawRowsPerSecond: Math.round(raw),
        ratioToRaw: Number((full.perSecond / raw).toFixed(3)),
        peakHeapMb25k: Number(warm.peakMb.toFixed(1)),
        peakHeapMb100k: Number(full.peakMb.toFixed(1)),
      },
    };
  } finally {
    await opened.close();
  }
}

export default async function bench(): Promise<BenchLine[]> {
  const lines = [await onDialect("sqlite")];
  if (process.env.RAPPORT_TEST_DATABASE_URL) lines.push(await onDialect("postgres"));
  return lines;
}
