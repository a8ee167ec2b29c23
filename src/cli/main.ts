// The `rapport` command line: thin commands over the same services the API uses.
import { Command, CommanderError } from "commander";
import { accountCommands } from "./commands/accounts.js";
import { agendaCommand } from "./commands/agenda.js";
import { backupCommands } from "./commands/backup.js";
import { briefCommand } from "./commands/brief.js";
import { coachCommand } from "./commands/coach.js";
import { contactCommands } from "./commands/contact.js";
import { demoCommand } from "./commands/demo.js";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { ledgerCommand } from "./commands/ledger.js";
import { mattersCommand } from "./commands/matters.js";
import { serveCommand } from "./commands/serve.js";
import { touchCommands } from "./commands/touch.js";
import { webhookCommands } from "./commands/webhook.js";
import { EXIT } from "./run.js";
import { version } from "./version.js";

export function buildProgram(): Command {
  const program = new Command()
    .name("rapport")
    .description("Rapport, the relationship-first CRM")
    .version(version)
    .showHelpAfterError()
    .exitOverride();
  serveCommand(program);
  accountCommands(program);
  backupCommands(program);
  importCommand(program);
  exportCommand(program);
  agendaCommand(program);
  contactCommands(program);
  touchCommands(program);
  demoCommand(program);
  coachCommand(program);
  mattersCommand(program);
  briefCommand(program);
  ledgerCommand(program);
  webhookCommands(program);
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with code 0; anything else is a usage error.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    throw error;
  }
}
