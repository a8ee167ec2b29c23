import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { renderBrief } from "../../domain/brief/index.js";
import { actorForEmail } from "../../services/accounts.js";
import { contactBrief, resolveContact } from "../../services/brief.js";
import { parseOptions } from "../options.js";
import { print, withStore } from "../run.js";

const briefOptions = z.object({ email: email.optional(), json: z.boolean().optional() });

export function briefCommand(program: Command) {
  program
    .command("brief")
    .description("Print the call brief for a contact: what we know, what to ask, the goal of the call")
    .argument("<contact>", "an id, an exact email, or part of their name")
    .option("--email <email>", "the user whose workspace to read; default: the only user")
    .option("--json", "print the brief as JSON")
    .action((contact: string, raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(briefOptions, raw);
        const { actor } = await actorForEmail(deps, opts.email);
        const found = await resolveContact(deps, actor, contact);
        const brief = await contactBrief(deps, actor, found.id);
        print(opts.json, brief, () => renderBrief(brief).trimEnd());
      }),
    );
}
