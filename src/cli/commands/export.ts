import fs from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { actorForEmail } from "../../services/accounts.js";
import { exportChunks, exportFormats } from "../../services/exports.js";
import { parseOptions } from "../options.js";
import { withStore } from "../run.js";

const exportOptions = z.object({
  format: z.enum(exportFormats).default("vcard"),
  output: z.string().min(1).optional(),
  email: email.optional(),
  archived: z.boolean().optional(),
});

/** Streams the chunks to a new or replaced file readable by its owner only (an export holds a whole book). */
async function writePrivately(file: string, chunks: AsyncIterable<string>): Promise<void> {
  const handle = await fs.open(file, "w", 0o600);
  try {
    // An existing file keeps its mode on open: narrow it before writing anything.
    await handle.chmod(0o600);
    for await (const chunk of chunks) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

export function exportCommand(program: Command) {
  program
    .command("export")
    .description("Write the workspace's contacts as vCard 4.0 or Google CSV, or the whole workspace as JSON")
    .option("--format <format>", "vcard (default), csv (Google Contacts' layout) or json (everything)")
    .option("--output <file>", "write to this file (created readable by you only); stdout by default")
    .option("--email <email>", "whose workspace (required when there are several users)")
    .option("--archived", "include archived contacts in a vcard or csv export")
    .action((raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(exportOptions, raw);
        const { actor } = await actorForEmail(deps, opts.email);
        const chunks = exportChunks(deps, actor, opts.format, { includeArchived: opts.archived });
        if (!opts.output) {
          await pipeline(Readable.from(chunks), process.stdout, { end: false });
          return;
        }
        await writePrivately(opts.output, chunks);
        process.stdout.write(`Exported ${opts.format} to ${opts.output}.\n`);
      }),
    );
}
