import type { Command } from "commander";
import { z } from "zod";
import { backup, restore } from "../../services/backup.js";
import { parseOptions } from "../options.js";
import { print, progress, progressDone, withStore } from "../run.js";

export function backupCommands(program: Command) {
  program
    .command("backup")
    .description("Write a consistent snapshot: a SQLite file (online backup) or a JSON export")
    .argument("<file>", "where to write the backup")
    .option("--format <format>", "sqlite (default on SQLite) or json (default on PostgreSQL)")
    .option("--json", "print the result as JSON")
    .action((file: string, raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(
          z.object({ format: z.enum(["sqlite", "json"]).optional(), json: z.boolean().optional() }),
          raw,
        );
        const result = await backup(deps, file, opts.format);
        print(opts.json, result, () => `Backed up ${result.rows} rows to ${result.file} (${result.format}).`);
      }),
    );

  program
    .command("restore")
    .description("Restore a backup (SQLite file or JSON export) into the configured database")
    .argument("<file>", "the backup to read")
    .option("--force", "replace the data already in the database")
    .option("--json", "print the result as JSON")
    .action((file: string, opts: { force?: boolean; json?: boolean }) =>
      withStore(async ({ deps }) => {
        const result = await restore(deps, file, {
          force: opts.force,
          onTable: (table, rows) => progress(`restored ${table} (${rows} rows)`),
        });
        progressDone();
        print(
          opts.json,
          result,
          () => `Restored ${result.rows} rows from ${result.file} (${result.format}).`,
        );
      }),
    );
}
