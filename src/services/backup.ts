// Backup and restore. SQLite stores are copied with the online backup API; any store can also
// be exported as JSON. Either kind restores into either database.
import fs from "node:fs/promises";
import { z } from "zod";
import { conflict, invalid } from "../errors.js";
import {
  canCopyDatabaseFile,
  copyDatabaseFile,
  isEmpty,
  readDatabaseFile,
  readSnapshot,
  tableOrder,
  writeSnapshot,
  type Snapshot,
} from "../store/backup.js";
import { writePrivateFile } from "../store/private-files.js";
import type { Deps } from "./context.js";

export type BackupFormat = "sqlite" | "json";

const FORMAT = "rapport-backup";

const backupFile = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  tables: z.object(
    Object.fromEntries(tableOrder.map((t) => [t, z.array(z.record(z.string(), z.unknown()))])),
  ),
});

export interface BackupResult {
  file: string;
  format: BackupFormat;
  rows: number;
}

const countRows = (snapshot: Snapshot) => Object.values(snapshot).reduce((n, rows) => n + rows.length, 0);

export async function backup(deps: Deps, file: string, format?: BackupFormat): Promise<BackupResult> {
  const chosen = format ?? (canCopyDatabaseFile(deps.store) ? "sqlite" : "json");
  if (chosen === "sqlite") {
    if (!canCopyDatabaseFile(deps.store))
      throw invalid("This database cannot be copied as a SQLite file: use --format json", [
        { field: "format", message: "only json for this database" },
      ]);
    await copyDatabaseFile(deps.store, file);
    // Counted in the copy itself: the live database may have moved on since.
    const copied = await readDatabaseFile(file);
    return { file, format: chosen, rows: copied ? countRows(copied) : 0 };
  }
  const snapshot = await readSnapshot(deps.store);
  const body = { format: FORMAT, version: 1, exportedAt: deps.now().toISOString(), tables: snapshot };
  await writePrivateFile(file, JSON.stringify(body));
  return { file, format: chosen, rows: countRows(snapshot) };
}

async function readBackup(file: string): Promise<{ format: BackupFormat; snapshot: Snapshot }> {
  await fs.access(file, fs.constants.R_OK).catch(() => {
    throw invalid(`Cannot read ${file}`, [{ field: "file", message: "no such file" }]);
  });
  const copied = await readDatabaseFile(file);
  if (copied) return { format: "sqlite", snapshot: copied };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, "utf8"));
  } catch {
    throw invalid(`${file} is neither a SQLite backup nor a JSON export`, [
      { field: "file", message: "unknown format" },
    ]);
  }
  const checked = backupFile.safeParse(parsed);
  if (!checked.success) {
    throw invalid(`${file} is not a Rapport backup`, [
      { field: "file", message: checked.error.issues[0]?.message ?? "invalid" },
    ]);
  }
  return { format: "json", snapshot: checked.data.tables as Snapshot };
}

/** Restores a backup, replacing everything; refuses a non-empty database unless forced. */
export async function restore(
  deps: Deps,
  file: string,
  options: { force?: boolean; onTable?: (table: string, rows: number) => void } = {},
): Promise<BackupResult> {
  const { format, snapshot } = await readBackup(file);
  if (!options.force && !(await isEmpty(deps.store))) {
    throw conflict("The database already holds data; restore replaces all of it (pass --force to go ahead)");
  }
  await writeSnapshot(deps.store, snapshot, options.onTable);
  return { file, format, rows: countRows(snapshot) };
}
