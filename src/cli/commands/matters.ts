import type { Command } from "commander";
import { z } from "zod";
import { isoDate } from "../../contract/common.js";
import { todayIn } from "../../domain/dates.js";
import { extractFromNotes, type Extraction } from "../../domain/matters/index.js";
import { parseOptions } from "../options.js";
import { print } from "../run.js";
import { readInput, runLocal } from "../input.js";

const mattersOptions = z.object({ on: isoDate.optional(), json: z.boolean().optional() });

function human(found: Extraction): string {
  const matters = found.matters.map((m) => {
    const dates = [m.eventOn && `on ${m.eventOn}`, m.followUpOn && `follow up ${m.followUpOn}`];
    const when = dates.filter(Boolean).join(", ");
    return `  - ${m.summary} (${m.kind})${when === "" ? "" : `: ${when}`}`;
  });
  const facts = found.facts.map((f) => `  - ${f.text} (${f.kind.replaceAll("_", " ")})`);
  return [
    matters.length === 0
      ? "No personal matters found."
      : `Personal matters to ask about (${matters.length}):`,
    ...matters,
    facts.length === 0 ? "No facts found." : `Facts (${facts.length}):`,
    ...facts,
  ].join("\n");
}

export function mattersCommand(program: Command) {
  program
    .command("matters")
    .description("Read personal matters and profile facts from notes, without saving anything")
    .argument("[file]", "the notes to read; - or nothing for stdin")
    .option("--on <date>", "the day the notes were written, YYYY-MM-DD (default: today)")
    .option("--json", "print {on, matters, facts} as JSON")
    .action((file: string | undefined, raw: Record<string, unknown>) =>
      runLocal(async () => {
        const opts = parseOptions(mattersOptions, raw);
        const notes = await readInput(file);
        // No user here: "today" is the day on this machine's clock, in its time zone.
        const on = opts.on ?? todayIn(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
        const found = extractFromNotes(notes, on);
        print(opts.json, { on, ...found }, () => human(found));
      }),
    );
}
