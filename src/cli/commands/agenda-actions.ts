// `rapport agenda done|snooze|dismiss CONTACT`: act on a contact's item of today, every reason
// merged into it, as the Today page does.
import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { isoDate } from "../../contract/common.js";
import { addDays } from "../../domain/dates.js";
import { actorForEmail } from "../../services/accounts.js";
import { actOnAgenda, agendaItemOf, todayFor } from "../../services/agenda.js";
import { resolveContact } from "../../services/brief.js";
import { notFound } from "../../errors.js";
import { parseOptions } from "../options.js";
import { print, withStore } from "../run.js";

const actionOptions = z.object({
  until: isoDate.optional(),
  reason: z.string().trim().min(1).max(500).optional(),
  email: email.optional(),
  json: z.boolean().optional(),
});

type Action = "complete" | "snooze" | "dismiss";

const done: Record<Action, string> = { complete: "Done", snooze: "Snoozed", dismiss: "Dismissed" };

function act(action: Action) {
  return (reference: string, raw: Record<string, unknown>) =>
    withStore(async ({ deps }) => {
      const opts = parseOptions(actionOptions, raw);
      const { actor } = await actorForEmail(deps, opts.email);
      const contact = await resolveContact(deps, actor, reference);
      const item = await agendaItemOf(deps, actor, contact.id);
      if (!item) throw notFound(`anything due today for ${contact.name}`);
      const until = opts.until ?? addDays(todayFor(deps, actor), 1);
      const result = await actOnAgenda(deps, actor, {
        contactId: contact.id,
        action,
        reasons: item.reasons.map(({ kind, dueOn, refId }) => ({ kind, dueOn, ...(refId ? { refId } : {}) })),
        ...(action === "snooze" ? { until } : {}),
        ...(action === "dismiss" ? { reason: opts.reason } : {}),
      });
      const after = action === "snooze" ? ` until ${until}` : "";
      print(opts.json, result, () => `${done[action]}: ${contact.name} (${item.why})${after}`);
    });
}

export function agendaActionCommands(agenda: Command) {
  const contactArg = ["<contact>", "an id, an exact email, or part of their name"] as const;
  const user = ["--email <email>", "whose agenda; default: the only user"] as const;
  agenda
    .command("done")
    .description("Mark a contact's item of today done")
    .argument(...contactArg)
    .option(...user)
    .option("--json", "print the result as the API returns it")
    .action(act("complete"));
  agenda
    .command("snooze")
    .description("Put a contact's item of today off to a later day")
    .argument(...contactArg)
    .option("--until <date>", "the day it comes back (YYYY-MM-DD); tomorrow by default")
    .option(...user)
    .option("--json", "print the result as the API returns it")
    .action(act("snooze"));
  agenda
    .command("dismiss")
    .description("Dismiss a contact's item of today, saying why")
    .argument(...contactArg)
    .requiredOption("--reason <text>", "why it is dismissed")
    .option(...user)
    .option("--json", "print the result as the API returns it")
    .action(act("dismiss"));
}
