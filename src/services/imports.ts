// Importing a file of contacts (vCard, CSV from Google, Outlook, other CRMs or anywhere) or a
// workspace export (JSON). The file streams through its reader and the shared record rules, a
// batch at a time; each batch commits in one transaction with the sources it imported, so an
// import killed halfway and run again adds each record once. A dry run plans without writing.
// Every import leaves a record with its progress and result, for the API to report.
import type { CountryCode } from "libphonenumber-js/min";
import { readCsvContacts, type ColumnMapping, type CsvLayout } from "../domain/csv/index.js";
import { importFormats, type ImportFormat } from "../domain/imports/formats.js";
import { ImportIndex } from "../domain/imports/plan.js";
import { finishRecord, type ImportedContact, type ReadItem } from "../domain/imports/record.js";
import { readVcards } from "../domain/vcard/reader.js";
import { forbidden, invalid, notFound } from "../errors.js";
import { newId } from "../store/ids.js";
import { findImport, insertImport, listImports, updateImport, type ImportRow } from "../store/imports.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { applyBatch, type BatchCounts } from "./import-batches.js";
import { peekSource, planRead, type PeekedSource } from "./import-source.js";
import { restoreWorkspace } from "./workspace-restore.js";

export { importFormats, type ImportFormat };

export interface ImportOptions {
  /** What the file is; told from its first bytes when absent. */
  format?: ImportFormat;
  fileName?: string | null;
  dryRun?: boolean;
  /** CSV column header → field, over what the file's profile or guessing says. */
  mapping?: ColumnMapping;
  /** Country for phone numbers written without an international prefix. */
  country?: CountryCode;
  /** The file's size when known, for progress. */
  totalBytes?: number | null;
  /** Records per transaction. */
  batchSize?: number;
}

export interface ImportResult extends BatchCounts {
  rejected: number;
  /** The first rejected rows, with their line and why (at most `KEPT`). */
  rejections: { line: number; reason: string }[];
  warningCount: number;
  /** The first warnings (values left out or cut), with their line (at most `KEPT`). */
  warnings: { line: number; message: string }[];
  /** For a workspace export: rows restored per table. */
  restored?: Record<string, number>;
}

export type ImportStatus = "running" | "done" | "failed";

export interface ImportJob {
  id: string;
  format: ImportFormat;
  fileName: string | null;
  dryRun: boolean;
  status: ImportStatus;
  totalBytes: number | null;
  readBytes: number;
  /** Cards or rows read so far. */
  rows: number;
  result: ImportResult;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface OpenedImport {
  job: ImportJob;
  /** Reads the whole file; resolves with the finished import (failed ones too, with their error). */
  run(onProgress?: (job: ImportJob) => void): Promise<ImportJob>;
}

const KEPT = 1_000;

const emptyResult = (): ImportResult => ({
  created: 0,
  updated: 0,
  merged: 0,
  unchanged: 0,
  organizationsCreated: 0,
  rejected: 0,
  rejections: [],
  warningCount: 0,
  warnings: [],
});

/**
 * A running import records its progress after every batch (a workspace restore only at its end);
 * one silent this long was stopped with its process. Reading it as failed tells the user to run
 * it again, which adds no record twice.
 */
const ABANDONED_AFTER_MS = 15 * 60_000;
const ABANDONED =
  "Stopped before it finished: the process running it ended. Import the file again; the records already imported are not added twice.";

function jobOf(row: ImportRow, now?: Date): ImportJob {
  const abandoned =
    now !== undefined &&
    row.status === "running" &&
    now.getTime() - Date.parse(row.updatedAt) > ABANDONED_AFTER_MS;
  return {
    id: row.id,
    format: row.format as ImportFormat,
    fileName: row.fileName,
    dryRun: Boolean(row.dryRun),
    status: abandoned ? "failed" : (row.status as ImportStatus),
    totalBytes: row.totalBytes === null ? null : Number(row.totalBytes),
    readBytes: Number(row.readBytes),
    rows: row.rows,
    result: JSON.parse(row.result) as ImportResult,
    error: abandoned ? ABANDONED : row.error,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
  };
}

function readerFor(
  format: ImportFormat,
  source: PeekedSource,
  layout: CsvLayout | null,
): AsyncIterable<ReadItem> {
  return format === "vcard" ? readVcards(source.chunks) : readCsvContacts(source.chunks, layout!);
}

async function wholeText(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
}

/**
 * Looks at the file, refuses what cannot be imported (see `planRead`; also a dry run of a
 * workspace restore), records the import and answers how to run it.
 */
export async function openImport(
  deps: Deps,
  actor: Actor,
  file: AsyncIterable<Uint8Array>,
  options: ImportOptions = {},
): Promise<OpenedImport> {
  const source = await peekSource(file);
  const { format, layout } = planRead(source.head, options);
  if (format === "json" && actor.role !== "owner")
    throw forbidden("Only workspace owners can restore a workspace export");
  if (format === "json" && options.dryRun)
    throw invalid("A workspace export is restored whole: it has no dry run", [
      { field: "dryRun", message: "not available for a workspace export" },
    ]);

  const at = nowIso(deps);
  const row: ImportRow = {
    id: newId(),
    workspaceId: actor.workspaceId,
    userId: actor.userId,
    format,
    fileName: options.fileName ?? null,
    dryRun: options.dryRun ? 1 : 0,
    status: "running",
    totalBytes: options.totalBytes ?? null,
    readBytes: 0,
    rows: 0,
    result: JSON.stringify(emptyResult()),
    error: null,
    createdAt: at,
    updatedAt: at,
    finishedAt: null,
  };
  await insertImport(deps.store.db, row);
  const job = jobOf(row);
  return {
    job,
    run: (onProgress) =>
      format === "json"
        ? runRestore(deps, actor, job, source)
        : runContacts(deps, actor, job, readerFor(format, source, layout), source, options, onProgress),
  };
}

async function finish(deps: Deps, job: ImportJob, changes: Partial<ImportJob>): Promise<ImportJob> {
  const at = nowIso(deps);
  const done = { ...job, ...changes, updatedAt: at, finishedAt: at };
  await updateImport(deps.store.db, job.id, {
    status: done.status,
    readBytes: done.readBytes,
    rows: done.rows,
    result: JSON.stringify(done.result),
    error: done.error,
    updatedAt: at,
    finishedAt: at,
  });
  return done;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function runRestore(
  deps: Deps,
  actor: Actor,
  job: ImportJob,
  source: PeekedSource,
): Promise<ImportJob> {
  try {
    const text = await wholeText(source.chunks);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      throw invalid(`The file is not valid JSON: ${messageOf(error)}`, [
        { field: "file", message: "not JSON" },
      ]);
    }
    const { restored } = await restoreWorkspace(deps, actor, doc);
    const result = { ...emptyResult(), created: restored.contacts ?? 0, restored };
    return await finish(deps, job, { status: "done", result, readBytes: source.readBytes });
  } catch (error) {
    await finish(deps, job, { status: "failed", error: messageOf(error), readBytes: source.readBytes });
    throw error;
  }
}

async function runContacts(
  deps: Deps,
  actor: Actor,
  started: ImportJob,
  reader: AsyncIterable<ReadItem>,
  source: PeekedSource,
  options: ImportOptions,
  onProgress?: (job: ImportJob) => void,
): Promise<ImportJob> {
  const db = deps.store.db;
  const dryRun = started.dryRun;
  const batchSize = options.batchSize ?? 2_000;
  // SQLite writes one transaction at a time; PostgreSQL needs the rows held.
  const lockRows = !dryRun && deps.store.dialect === "postgres";
  const index = new ImportIndex();
  const plannedOrganizations = new Set<string>();
  let job = started;
  const result = emptyResult();
  let rows = 0;
  let batch: ImportedContact[] = [];

  const reject = (line: number, reason: string) => {
    result.rejected++;
    if (result.rejections.length < KEPT) result.rejections.push({ line, reason });
  };
  const flush = async () => {
    const at = nowIso(deps);
    const apply = async (trx: typeof db) => {
      const outcome = await applyBatch(trx, actor, index, batch, {
        dryRun,
        at,
        plannedOrganizations,
        lockRows,
      });
      for (const key of ["created", "updated", "merged", "unchanged", "organizationsCreated"] as const)
        result[key] += outcome.counts[key];
      result.warningCount += outcome.warnings.length;
      result.warnings.push(...outcome.warnings.slice(0, KEPT - result.warnings.length));
      job = { ...job, rows, readBytes: source.readBytes, result: structuredClone(result), updatedAt: at };
      const progress = { rows, readBytes: job.readBytes, result: JSON.stringify(result), updatedAt: at };
      await updateImport(trx, job.id, progress);
    };
    if (dryRun) await apply(db);
    else {
      // The store answers for what earlier batches wrote; the index holds one batch at a time.
      index.clear();
      await db.transaction().execute(apply);
    }
    batch = [];
    onProgress?.(job);
  };

  try {
    for await (const item of reader) {
      rows++;
      if (item.kind === "rejected") reject(item.line, item.reason);
      else {
        const finished = finishRecord(item.record, { country: options.country });
        if (finished.kind === "rejected") reject(finished.line, finished.reason);
        else batch.push(finished.contact);
      }
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    return await finish(deps, job, { status: "done", rows, readBytes: source.readBytes, result });
  } catch (error) {
    await finish(deps, job, { status: "failed", rows, error: messageOf(error), result });
    throw error;
  }
}

/** Opens and runs an import in one go (the CLI's way; the API runs it in the background). */
export async function importFile(
  deps: Deps,
  actor: Actor,
  file: AsyncIterable<Uint8Array>,
  options: ImportOptions = {},
  onProgress?: (job: ImportJob) => void,
): Promise<ImportJob> {
  const opened = await openImport(deps, actor, file, options);
  return opened.run(onProgress);
}

export async function getImport(deps: Deps, actor: Actor, id: string): Promise<ImportJob> {
  const row = await findImport(deps.store.db, actor.workspaceId, id);
  if (!row) throw notFound("import");
  return jobOf(row, deps.now());
}

/** The workspace's latest imports, newest first. */
export async function recentImports(deps: Deps, actor: Actor, limit = 20): Promise<ImportJob[]> {
  return (await listImports(deps.store.db, actor.workspaceId, limit)).map((row) => jobOf(row, deps.now()));
}
