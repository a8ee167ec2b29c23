import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { isoDate } from "../../contract/common.js";
import { channelLabel, type AgendaItem } from "../../domain/agenda/index.js";
import { actorForEmail } from "../../services/accounts.js";
import { agendaToday, type AgendaView } from "../../services/agenda.js";
import { parseOptions } from "../options.js";
import { print, withStore } from "../run.js";

const agendaOptions = z.object({
  date: isoDate.optional(),
  email: email.optional(),
  json: z.boolean().optional(),
});

function itemLines(item: AgendaItem, n: number, width: number): string[] {
  const { suggested } = item;
  const pad = " ".repeat(width + 2);
  const lines = [
    `${String(n).padStart(width)}. ${item.contactName} — ${item.why}`,
    `${pad}Suggested: ${channelLabel[suggested.channel]} (${suggested.intent}) — “${suggested.opener}”`,
  ];
  if (suggested.idea) lines.push(`${pad}Idea: ${suggested.idea}`);
  return lines;
}

/** The agenda as people read it: a numbered list, then how many more are due later. */
export function renderAgenda(view: AgendaView, who: string): string {
  const head = `Agenda for ${who}, ${view.date} (${view.timeZone})`;
  if (view.items.length === 0)
    return `${head}\n\nNothing due. A good day to give something to someone you like.`;
  const width = String(view.items.length).length;
  const body = view.items.flatMap((item, i) => itemLines(item, i + 1, width)).join("\n");
  const later =
    view.later.length === 0
      ? "Nothing else due."
      : `Later: ${view.later.length} more due (see them with --json).`;
  return `${head}\n\n${body}\n\n${later}`;
}

export function agendaCommand(program: Command) {
  program
    .command("agenda")
    .description("Who to talk to today, why, and how to open the conversation")
    .option("--date <date>", "the day to plan (YYYY-MM-DD); today in the user's time zone by default")
    .option("--email <email>", "whose agenda (required when there are several users)")
    .option("--json", "print the agenda as the API returns it")
    .action((raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(agendaOptions, raw);
        const { actor, user } = await actorForEmail(deps, opts.email);
        const view = await agendaToday(deps, actor, opts.date);
        print(opts.json, view, () => renderAgenda(view, user.name));
      }),
    );
}
