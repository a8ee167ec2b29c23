// `rapport import`: a file (or stdin) through the same import service as the API, with a progress
// bar on a terminal and exit codes a script can act on (0 all imported, 1 some rows rejected, 2 usage).
import fs from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { importOptions, mappingText } from "../../contract/imports.js";
import type { ColumnMapping } from "../../domain/csv/index.js";
import { actorForEmail } from "../../services/accounts.js";
import { importFile, importFormats, type ImportJob } from "../../services/imports.js";
import { unreadable } from "../input.js";
import { parseOptions } from "../options.js";
import { progressLine } from "../progress.js";
import { EXIT, fail, print, progress, progressDone, UsageError, withStore } from "../run.js";

const cliOptions = importOptions.pick({ format: true, country: true }).extend({
  mapping: z.string().min(1).optional(),
  dryRun: z.boolean().optional(),
  email: email.optional(),
  json: z.boolean().optional(),
});
type CliOptions = z.infer<typeof cliOptions>;

/** Rejected rows listed in the summary; --json gives the service's whole list. */
const LISTED = 10;

/** The --mapping file, checked with the schema the API uses; a bad one is a usage error naming it. */
async function readMapping(file: string): Promise<ColumnMapping> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    throw unreadable(file, error);
  }
  const parsed = mappingText.safeParse(text);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) =>
    i.path.length > 0 ? `"${i.path.join(".")}": ${i.message}` : i.message,
  );
  throw new UsageError(`the mapping in ${file} is not usable:\n  ${issues.join("\n  ")}`);
}

interface Source {
  chunks: AsyncIterable<Uint8Array>;
  fileName: string | null;
  /** Known for a file, for the progress bar; stdin has none. */
  totalBytes: number | null;
  close(): Promise<void>;
}

/** The file to import, opened (so that a missing one is a usage error before any work), or stdin. */
async function openSource(file: string): Promise<Source> {
  if (file === "-") {
    const chunks = process.stdin as AsyncIterable<Uint8Array>;
    return { chunks, fileName: null, totalBytes: null, close: async () => {} };
  }
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, "r");
  } catch (error) {
    throw unreadable(file, error);
  }
  const stat = await handle.stat();
  if (stat.isDirectory()) {
    await handle.close();
    throw unreadable(file, { code: "EISDIR" });
  }
  return {
    chunks: handle.createReadStream({ autoClose: false }) as AsyncIterable<Uint8Array>,
    fileName: path.basename(file),
    totalBytes: stat.isFile() ? stat.size : null,
    close: () => handle.close(),
  };
}

/** What --json prints: the issue's shape first, then what else a script may want. */
function jsonResult(job: ImportJob) {
  const { created, updated, merged, unchanged, rejected, rejections, warnings, restored } = job.result;
  return {
    created,
    updated,
    merged,
    rejected,
    rejections,
    unchanged,
    warnings,
    ...(restored && { restored }),
  };
}

/** A table's name as people say it: `stageChanges` → `stage changes`. */
const words = (table: string) => table.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

function human(job: ImportJob, name: string): string {
  const r = job.result;
  if (r.restored) {
    const tables = Object.entries(r.restored).filter(([, rows]) => rows > 0);
    return `Restored the workspace from ${name}: ${tables.map(([t, rows]) => `${rows} ${words(t)}`).join(", ") || "nothing"}.`;
  }
  const lines = [
    `${name} (${job.format}): ${r.created} created, ${r.updated} updated, ${r.merged} merged, ` +
      `${r.unchanged} unchanged, ${r.rejected} rejected.`,
  ];
  if (r.rejected > 0) {
    lines.push("Rejected:", ...r.rejections.slice(0, LISTED).map((x) => `  line ${x.line}: ${x.reason}`));
    if (r.rejected > LISTED) lines.push(`  … and ${r.rejected - LISTED} more (--json lists more of them)`);
  }
  if (r.warningCount > 0) {
    const warnings = `${r.warningCount} warning${r.warningCount === 1 ? "" : "s"}`;
    lines.push(`${warnings}: values left out or cut (--json lists them).`);
  }
  if (job.dryRun) lines.push("Dry run: nothing written.");
  return lines.join("\n");
}

async function runImport(opts: CliOptions, mapping: ColumnMapping | undefined, source: Source) {
  await withStore(async ({ deps }) => {
    const { actor } = await actorForEmail(deps, opts.email);
    let job: ImportJob;
    try {
      job = await importFile(
        deps,
        actor,
        source.chunks,
        {
          format: opts.format,
          dryRun: opts.dryRun,
          country: opts.country,
          mapping,
          fileName: source.fileName,
          totalBytes: source.totalBytes,
        },
        (running) => progress(progressLine(running)),
      );
    } finally {
      progressDone();
    }
    print(opts.json, jsonResult(job), () => human(job, source.fileName ?? "stdin"));
    return job.result.rejected > 0 ? EXIT.failure : EXIT.ok;
  });
}

export function importCommand(program: Command) {
  program
    .command("import")
    .description(
      "Import contacts from a vCard or CSV file (phones, Google, Outlook, other CRMs), or restore a " +
        "workspace export (JSON) into an empty workspace; exit 1 when some rows were rejected (the rest are kept)",
    )
    .argument("<file>", "the file to read; - for stdin")
    .option("--format <format>", `${importFormats.join(", ")}; told from the file when absent`)
    .option("--mapping <file>", 'JSON file of CSV column → field[:label] or "ignore"')
    .option("--dry-run", "say what would be created, updated, merged and rejected, and write nothing")
    .option("--country <code>", "country of phone numbers written without a prefix, e.g. US")
    .option("--email <email>", "whose book to import into (required when there are several users)")
    .option("--json", "print {created, updated, merged, rejected, rejections, unchanged, warnings} as JSON")
    .action(async (file: string, raw: Record<string, unknown>) => {
      let opts: CliOptions;
      let mapping: ColumnMapping | undefined;
      let source: Source;
      try {
        opts = parseOptions(cliOptions, raw);
        mapping = opts.mapping === undefined ? undefined : await readMapping(opts.mapping);
        source = await openSource(file);
      } catch (error) {
        fail(error);
        return;
      }
      try {
        await runImport(opts, mapping, source);
      } finally {
        await source.close();
      }
    });
}
