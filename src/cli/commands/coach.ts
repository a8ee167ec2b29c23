import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { maxDraftLength, type CoachReport } from "../../contract/coach.js";
import { draftKinds, type CoachContext, type Finding } from "../../domain/coach/index.js";
import { stages } from "../../domain/model.js";
import { actorForEmail } from "../../services/accounts.js";
import { resolveContact } from "../../services/brief.js";
import { coachConfigFor, coachContextFor, coachText } from "../../services/coach.js";
import { parseOptions } from "../options.js";
import { readInput, runLocal } from "../input.js";
import { EXIT, fail, print, UsageError, withStore } from "../run.js";

const coachOptions = z.object({
  kind: z.enum(draftKinds).default("email"),
  stage: z.enum(stages).optional(),
  contact: z.string().trim().min(1).optional(),
  email: email.optional(),
  json: z.boolean().optional(),
});
type CoachOptions = z.infer<typeof coachOptions>;

const maxExcerpt = 60;

/** 1-based line and column of an offset, as editors count them. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}

function shorten(excerpt: string): string {
  const flat = excerpt.replace(/\s+/g, " ").trim();
  return flat.length <= maxExcerpt ? flat : `${flat.slice(0, maxExcerpt - 1)}…`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function human(text: string, report: CoachReport): string {
  const { errors, warnings, infos } = report.summary;
  const lines = report.findings.flatMap((f: Finding) => [
    `${position(text, f.start)}  ${f.severity}  ${f.rule}  "${shorten(f.excerpt)}"`,
    `    ${f.message}`,
    `    Instead: ${f.suggestion}`,
  ]);
  const summary = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}`;
  if (lines.length === 0) return `No findings: nothing here reads as sales mode.\n${summary}`;
  return [...lines, "", summary].join("\n");
}

function report(opts: CoachOptions, text: string, result: CoachReport): number {
  print(opts.json, result, () => human(text, result));
  return result.summary.errors > 0 ? EXIT.failure : EXIT.ok;
}

async function lintFromStore(opts: CoachOptions, text: string): Promise<void> {
  await withStore(async ({ deps }) => {
    const { actor } = await actorForEmail(deps, opts.email);
    const config = await coachConfigFor(deps, actor);
    let context: CoachContext = {};
    if (opts.contact !== undefined) {
      context = await coachContextFor(deps, actor, (await resolveContact(deps, actor, opts.contact)).id);
    }
    // A stage given on the command line wins: "how would this read to them as a client?"
    return report(
      opts,
      text,
      coachText(text, opts.kind, { ...context, stage: opts.stage ?? context.stage }, config),
    );
  });
}

export function coachCommand(program: Command) {
  program
    .command("coach")
    .description(
      "Lint a draft for sales-mode wording (exit 1 when a finding is an error); " +
        "with --contact or --email, use the workspace's coach settings",
    )
    .argument("[file]", "the draft to read; - or nothing for stdin")
    .option("--kind <kind>", `${draftKinds.join(", ")}`, "email")
    .option("--stage <stage>", `the contact's stage: ${stages.join(", ")}`)
    .option("--contact <contact>", "the contact it is for: an id, an email or a name")
    .option("--email <email>", "the user whose workspace to use; default: the only user")
    .option("--json", "print {findings, summary} as JSON")
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      let opts: CoachOptions;
      let text: string;
      try {
        opts = parseOptions(coachOptions, raw);
        text = await readInput(file);
        if (text.length > maxDraftLength) {
          throw new UsageError(`the draft is longer than ${maxDraftLength} characters`);
        }
      } catch (error) {
        fail(error);
        return;
      }
      if (opts.contact !== undefined || opts.email !== undefined) return lintFromStore(opts, text);
      await runLocal(() => report(opts, text, coachText(text, opts.kind, { stage: opts.stage })));
    });
}
