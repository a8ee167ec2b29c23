import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { ledgerQuery } from "../../contract/ledger.js";
import { actorForEmail } from "../../services/accounts.js";
import { resolveContact } from "../../services/brief.js";
import { contactLedger, ownerLedger, type LedgerView, type LedgerWindow } from "../../services/ledger.js";
import { parseOptions } from "../options.js";
import { print, withStore } from "../run.js";

const ledgerOptions = ledgerQuery.extend({ email: email.optional(), json: z.boolean().optional() });

const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function windowLine(w: LedgerWindow, width: number): string {
  const balance = w.balance > 0 ? `+${w.balance}` : String(w.balance);
  const counts = [counted(w.give, "give"), counted(w.ask, "ask"), counted(w.service, "service")].join(", ");
  return `  last ${String(w.days).padStart(width)} days (from ${w.from}): ${counts}; balance ${balance}`;
}

/** The ledger as people read it: one line per window. */
export function renderLedger(view: LedgerView, whose: string): string {
  const width = Math.max(...view.windows.map((w) => String(w.days).length));
  const lines = view.windows.map((w) => windowLine(w, width));
  return [`Give and take for ${whose}, to ${view.date} (${view.timeZone})`, ...lines].join("\n");
}

export function ledgerCommand(program: Command) {
  program
    .command("ledger")
    .description("What you gave, asked and did over rolling windows: for one contact, or all your touches")
    .argument("[contact]", "an id, an exact email, or part of their name; all your touches when absent")
    .option(
      "--days <list>",
      "window lengths in days, e.g. 30,90,365 (default: 30, the workspace window, 365)",
    )
    .option("--email <email>", "whose ledger (required when there are several users)")
    .option("--json", "print the ledger as the API returns it")
    .action((contact: string | undefined, raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(ledgerOptions, raw);
        const { actor, user } = await actorForEmail(deps, opts.email);
        if (contact === undefined) {
          const view = await ownerLedger(deps, actor, { days: opts.days });
          print(opts.json, view, () => renderLedger(view, `${user.name}'s touches`));
          return;
        }
        const found = await resolveContact(deps, actor, contact);
        const view = await contactLedger(deps, actor, found.id, { days: opts.days });
        print(opts.json, view, () => renderLedger(view, found.name));
      }),
    );
}
