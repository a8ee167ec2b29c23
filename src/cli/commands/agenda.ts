import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { isoDate } from "../../contract/common.js";
import { channelLabel, type AgendaItem } from "../../domain/agenda/index.js";
import { actorForEmail } from "../../services/accounts.js";
import { agendaLaterPage, agendaToday, type AgendaView } from "../../services/agenda.js";
import type { Actor, Deps } from "../../services/context.js";
import { listContacts } from "../../services/contacts.js";
import { agendaActionCommands } from "./agenda-actions.js";
import { parseOptions } from "../options.js";
import { print, withStore } from "../run.js";

const agendaOptions = z.object({
  date: isoDate.optional(),
  all: z.boolean().optional(),
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

/** What a brand-new user's empty agenda says: how to fill the book. */
const emptyBook = [
  "Your book is empty, so nothing is due yet. To fill it:",
  '  rapport contact add --name "Ana Ruiz" --email ana@example.com --stage client',
  "  rapport import contacts.vcf    (your address book, as a vCard or CSV file), or",
  "  rapport demo    (a sample book to look around with)",
].join("\n");

/**
 * The agenda as people read it: a numbered list, then the later items (all of them with `all`) or
 * how many there are. `bookIsEmpty` says how to fill the book instead of "nothing due".
 */
export function renderAgenda(view: AgendaView, who: string, all = false, bookIsEmpty = false): string {
  const head = `Agenda for ${who}, ${view.date} (${view.timeZone})`;
  if (view.items.length === 0) {
    return `${head}\n\n${bookIsEmpty ? emptyBook : "Nothing due. A good day to give something to someone you like."}`;
  }
  const shown = all ? [...view.items, ...view.later] : view.items;
  const width = String(shown.length).length;
  const body = shown
    .flatMap((item, i) => [
      ...(all && i === view.items.length ? ["", "Later:"] : []),
      ...itemLines(item, i + 1, width),
    ])
    .join("\n");
  const later =
    view.laterTotal === 0
      ? "Nothing else due."
      : all
        ? `${view.laterTotal} more due later.`
        : `Later: ${view.laterTotal} more due (see them with --all).`;
  return `${head}\n\n${body}\n\n${later}`;
}

/** The view with every later item, page after page, instead of the first page. */
async function withEveryLater(deps: Deps, actor: Actor, view: AgendaView): Promise<AgendaView> {
  const later = [...view.later];
  for (let cursor = view.laterCursor; cursor !== null;) {
    const page = await agendaLaterPage(deps, actor, { cursor, limit: 200 });
    later.push(...page.items);
    cursor = page.nextCursor;
  }
  return { ...view, later, laterCursor: null };
}

export function agendaCommand(program: Command) {
  const agenda = program
    .command("agenda")
    .description("Who to talk to today, why, and how to open the conversation")
    .option("--date <date>", "the day to plan (YYYY-MM-DD); today in the user's time zone by default")
    .option("--email <email>", "whose agenda (required when there are several users)")
    .option("--all", "list the later items too, not only the day's first ones")
    .option("--json", "print the agenda as the API returns it (with --all: every later item, no cursor)")
    .action((raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(agendaOptions, raw);
        const { actor, user } = await actorForEmail(deps, opts.email);
        const today = await agendaToday(deps, actor, opts.date);
        const view = opts.all ? await withEveryLater(deps, actor, today) : today;
        const empty =
          view.items.length === 0 &&
          (await listContacts(deps, actor, { limit: 1, archived: "include" })).items.length === 0;
        print(opts.json, view, () => renderAgenda(view, user.name, opts.all, empty));
      }),
    );
  agendaActionCommands(agenda);
}
